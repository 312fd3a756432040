package org.igkit.rest.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.rest.fixture.MutableClock;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** The console over HTTP, without a browser: headers, escaping, sessions, CSRF and the idle timeout. */
class ConsolePagesTest {
    private static final MutableClock CLOCK = new MutableClock(RunningServer.NOW);
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(Map.of("ig.organisation.name", "Borsetshire County Council",
                "ig.console.idle-timeout", "PT30M"), CLOCK, config -> { });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Reply get(String path, String... headers) {
        return server.send("GET", path, null, headers);
    }

    private static Reply postForm(String path, String form, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/x-www-form-urlencoded";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return server.send("POST", path, form, all);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("every page carries the security headers: a CSP without unsafe-inline, frame-ancestors, nosniff, a referrer policy")
    void securityHeaders() {
        for (String path : new String[] {"/calculator", "/console/sign-in", "/console/", "/console/no-such-page"}) {
            Reply reply = get(path);
            assertThat(reply.header("Content-Security-Policy")).as(path).hasValue(ConsolePageFilter.POLICY);
            assertThat(ConsolePageFilter.POLICY).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            assertThat(reply.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(reply.header("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(get("/calculator").header("Cache-Control")).hasValue("no-store");
    }

    @Test
    @DisplayName("the calculator answers with the due date, the latest date and the explanation's cited provisions")
    void calculatorAnswers() {
        Reply reply = get("/calculator?regime=FOIA&nation=ENGLAND&received-day=2&received-month=10&received-year=2024");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(reply.body()).contains("Borsetshire County Council").contains("Wednesday 30 October 2024")
                .contains("Freedom of Information Act 2000 s.10(1)").contains("href=\"https://www.legislation.gov.uk/");
        assertThat(reply.body()).contains("calculator?regime=FOIA&amp;nation=ENGLAND&amp;received-day=2");
    }

    @Test
    @DisplayName("a bad calculator input is listed in the error summary, linked to its field")
    void calculatorErrors() {
        Reply reply = get("/calculator?regime=&received-day=31&received-month=2&received-year=2024");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("govuk-error-summary").contains("<a href=\"#regime\">")
                .contains("<a href=\"#received-day\">Date of receipt must be a real date</a>")
                .contains("<title>Error: Deadline calculator");
    }

    @Test
    @DisplayName("a script in a calculator query parameter comes back escaped, never as markup")
    void calculatorEscapesScript() {
        String script = "<script>alert(1)</script>";
        Reply reply = get("/calculator?regime=FOIA&received-day=" + encode("\"><script>alert(1)</script>")
                + "&terms=" + encode("</textarea>" + script));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain(script).doesNotContain("<script")
                .contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    @DisplayName("the stylesheets come from the WebJar with long caching, without the GDS Transport font")
    void assets() {
        Reply css = get(ConsoleAssets.govukStylesheetPath());
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(css.body()).contains(".govuk-header").doesNotContain("GDS Transport").doesNotContain("@font-face");
        assertThat(get("/console/assets/console.css").status()).isEqualTo(200);
        assertThat(get("/console/assets/govuk-crest.svg").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a page needs a session: a visitor is sent to the sign-in page")
    void pagesNeedASession() {
        Reply reply = get("/console/");
        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in"));
    }

    @Test
    @DisplayName("signing in sets an HttpOnly SameSite=Strict cookie; a form without its CSRF token is refused; signing out ends the session")
    void signInCsrfAndSignOut() {
        Reply refused = postForm("/console/sign-in", "key=not-a-key-0123456789");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("govuk-error-summary").contains("<a href=\"#key\">");

        String cookie = signIn(RunningServer.READER);
        Reply dashboard = get("/console/", "Cookie", cookie);
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).doesNotContain(RunningServer.READER).contains("READER");
        String csrf = csrfOf(dashboard.body());

        assertThat(postForm("/console/sign-out", "csrf=forged", "Cookie", cookie).status()).isEqualTo(403);
        assertThat(postForm("/console/sign-out", "csrf=" + csrf, "Cookie", cookie, "Origin", "https://evil.example")
                .status()).isEqualTo(403);
        Reply out = postForm("/console/sign-out", "csrf=" + csrf, "Cookie", cookie);
        assertThat(out.status()).isEqualTo(303);
        assertThat(get("/console/", "Cookie", cookie).status()).isEqualTo(303);
    }

    @Test
    @DisplayName("a session unused for the idle timeout has ended, by the server's clock")
    void idleTimeout() {
        String cookie = signIn(RunningServer.DPO);
        CLOCK.advance(Duration.ofMinutes(29));
        assertThat(get("/console/", "Cookie", cookie).status()).isEqualTo(200);
        CLOCK.advance(Duration.ofMinutes(30));
        Reply ended = get("/console/", "Cookie", cookie);
        assertThat(ended.status()).isEqualTo(303);
        assertThat(ended.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("signed-out=idle"));
    }

    static String signIn(String key) {
        Reply reply = postForm("/console/sign-in", "key=" + encode(key));
        assertThat(reply.status()).as(reply.body()).isEqualTo(303);
        String setCookie = reply.header("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain(key);
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    static String csrfOf(String html) {
        String marker = "name=\"csrf\" value=\"";
        int at = html.indexOf(marker) + marker.length();
        return html.substring(at, html.indexOf('"', at));
    }
}
