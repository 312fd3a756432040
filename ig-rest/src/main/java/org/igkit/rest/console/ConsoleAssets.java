package org.igkit.rest.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.igkit.rest.auth.OpenEndpoint;

/**
 * {@code GET /console/assets/{name}}: the console's two stylesheets, and nothing else. GOV.UK Frontend's own
 * stylesheet comes from its WebJar at a path naming its version, so browsers may keep it a year; its
 * {@code @font-face} rules and its "GDS Transport" font family are replaced by a system font stack as it is loaded,
 * because the Frontend's licence reserves that typeface (like the crown and the logotype, which are not served) for
 * GOV.UK services. The console's own small stylesheet may change with any release, so it is kept an hour.
 */
@Path("/console/assets")
@OpenEndpoint
public final class ConsoleAssets {
    /** The system fonts used instead of GDS Transport: each platform's own sans-serif. */
    static final String SYSTEM_FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";
    private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";
    private static final String VERSION = webjarVersion();
    private static final String GOVUK_CSS = "govuk-frontend-" + VERSION + ".min.css";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*}");
    private static final String YEAR = "public, max-age=31536000, immutable";
    private static final String HOUR = "public, max-age=3600";
    private static final String CSS = "text/css; charset=utf-8";

    private final byte[] govuk;
    private final byte[] console;

    private ConsoleAssets(byte[] govuk, byte[] console) {
        this.govuk = govuk;
        this.console = console;
    }

    /** The stylesheets read (and the GOV.UK one rewritten) once, from the class path. */
    public static ConsoleAssets load() {
        String css = text(WEBJAR + VERSION + "/dist/govuk/govuk-frontend.min.css");
        String rewritten = FONT_FACE.matcher(css).replaceAll("")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:" + SYSTEM_FONTS);
        return new ConsoleAssets(rewritten.getBytes(StandardCharsets.UTF_8),
                text("console/console.css").getBytes(StandardCharsets.UTF_8));
    }

    /** Where pages link GOV.UK Frontend's stylesheet. */
    public static String govukStylesheetPath() {
        return "/console/assets/" + GOVUK_CSS;
    }

    @GET
    @Path("{name}")
    public Response asset(@PathParam("name") String name) {
        if (name.equals(GOVUK_CSS)) {
            return Response.ok(govuk, CSS).header("Cache-Control", YEAR).build();
        }
        if (name.equals("console.css")) {
            return Response.ok(console, CSS).header("Cache-Control", HOUR).build();
        }
        throw new NotFoundException();
    }

    /** The WebJar's version, from its Maven metadata, so that the pom alone says which version ships. */
    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Objects.requireNonNull(properties.getProperty("version"), "the govuk-frontend WebJar's version");
    }

    private static String text(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the class path: " + path);
        }
        return in;
    }
}
