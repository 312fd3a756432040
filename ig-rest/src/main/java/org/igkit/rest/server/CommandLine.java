package org.igkit.rest.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The server's command line: {@code --help} prints the settings, {@code --version} the version, both without starting
 * anything; no argument starts the server. Settings are never arguments (they are MicroProfile Config's system
 * properties and environment variables), so anything else is refused rather than ignored.
 */
final class CommandLine {
    private static final String VERSION_RESOURCE = "igkit-version.properties";

    private CommandLine() {
    }

    /**
     * Handles {@code args} short of starting the server.
     *
     * @return the exit status when the arguments were handled (0 for help or version, 2 for a wrong argument);
     *         empty when the server should start
     */
    static Optional<Integer> handle(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        String first = args.get(0);
        if (args.size() == 1 && (first.equals("--help") || first.equals("-h"))) {
            out.print(KnownSettings.help(version()));
            return Optional.of(0);
        }
        if (args.size() == 1 && (first.equals("--version") || first.equals("-V"))) {
            out.println("igkit " + version());
            return Optional.of(0);
        }
        err.println("igkit: '" + String.join(" ", args) + "' is not an option; the options are --help and --version, "
                + "and settings are given as -Dig.http.port=9090 before -jar, or IG_HTTP_PORT=9090 (see --help)");
        return Optional.of(2);
    }

    /** This build's version, from the resource the build fills in; "unknown" if run from unfiltered sources. */
    static String version() {
        try (InputStream in = CommandLine.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + VERSION_RESOURCE, e);
        }
    }
}
