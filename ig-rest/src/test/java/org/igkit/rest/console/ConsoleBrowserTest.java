package org.igkit.rest.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.igkit.rest.fixture.MutableClock;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * The console's journeys in a real browser (Debian's headless Chromium) against a real server on a fresh SQLite
 * file: forms filled and sent, answers read, sessions, CSRF and the idle timeout; axe-core checks every page, and a
 * screenshot of each is saved under target/console-screenshots.
 */
class ConsoleBrowserTest {
    private static final MutableClock CLOCK = new MutableClock(RunningServer.NOW);
    private static final List<String> AXE_REPORT = new ArrayList<>();
    private static RunningServer server;
    private static Browser browser;
    private static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        server = RunningServer.start(Map.of("ig.organisation.name", "Borsetshire County Council"), CLOCK, config -> { });
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            Files.write(Browser.SCREENSHOTS.resolve("axe-report.txt"), AXE_REPORT);
            browser.close();
        } finally {
            server.close();
        }
    }

    @BeforeEach
    void freshSession() {
        driver.manage().deleteAllCookies();
    }

    private static void open(String path) {
        driver.get(server.uri(path).toString());
    }

    /** The axe check and the screenshot every page gets. */
    private static void check(String name) throws IOException {
        List<Map<String, Object>> violations = browser.assertAccessible(name);
        AXE_REPORT.add(name + ": " + violations.size() + " violation(s) below serious" + (violations.isEmpty() ? ""
                : " " + violations));
        browser.screenshot(name);
    }

    private static void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void date(String id, int day, int month, int year) {
        type(id + "-day", String.valueOf(day));
        type(id + "-month", String.valueOf(month));
        type(id + "-year", String.valueOf(year));
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    @DisplayName("calculator: an FOI request received 2 October 2024 with a clarification is due, with its reasons cited")
    void calculatorJourney() throws IOException {
        open("/calculator");
        assertThat(driver.findElement(By.cssSelector(".govuk-header")).getText()).contains("Borsetshire County Council");
        check("calculator-form");

        new Select(driver.findElement(By.id("regime"))).selectByValue("FOIA");
        date("received", 2, 10, 2024);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(text("due-date")).isEqualTo("Wednesday 30 October 2024");
        assertThat(driver.findElements(By.cssSelector("#explanation a.govuk-link"))).isNotEmpty();
        String permalink = driver.findElement(By.id("permalink")).getAttribute("value");
        assertThat(permalink).contains("regime=FOIA").contains("received-day=2");

        new Select(driver.findElement(By.id("event-1-type"))).selectByValue("clarification_requested");
        date("event-1", 4, 10, 2024);
        new Select(driver.findElement(By.id("event-2-type"))).selectByValue("clarification_received");
        date("event-2", 14, 10, 2024);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(text("due-date")).isNotEqualTo("Wednesday 30 October 2024");
        assertThat(text("explanation")).containsIgnoringCase("clarif");
        check("calculator-answer");

        open(permalink.substring(permalink.indexOf("/calculator")));
        assertThat(text("due-date")).isEqualTo("Wednesday 30 October 2024");
    }

    @Test
    @DisplayName("calculator: missing and impossible inputs are listed in the error summary, each linked to its field")
    void calculatorErrors() throws IOException {
        open("/calculator");
        date("received", 30, 2, 2024);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        List<WebElement> links = driver.findElements(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(links).extracting(l -> l.getAttribute("href").replaceAll(".*#", "#"))
                .containsExactly("#regime", "#received-day");
        assertThat(driver.getTitle()).startsWith("Error:");
        check("calculator-errors");
        links.get(1).click();
        assertThat(driver.getCurrentUrl()).endsWith("#received-day");
    }

    @Test
    @DisplayName("calculator: a script sent in the query string is shown as text and never runs")
    void calculatorReflectsNoScript() {
        open("/calculator?regime=FOIA&received-day=%22%3E%3Cscript%3Edocument.title%3D%27owned%27%3C%2Fscript%3E");
        assertThat(driver.getTitle()).doesNotContain("owned");
        assertThat(driver.findElement(By.id("received-day")).getAttribute("value")).startsWith("\"><script");
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
    }

    @Test
    @DisplayName("sign in: a wrong key is refused with an error summary, a DPO key opens the dashboard, sign out ends it")
    void signInAndOut() throws IOException {
        open("/console/");
        assertThat(driver.getCurrentUrl()).endsWith("/console/sign-in");
        check("sign-in");
        type("key", "not-a-key-0123456789");
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("not one this server knows");
        check("sign-in-error");

        signIn(RunningServer.DPO);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
        assertThat(driver.getCurrentUrl()).doesNotContain(RunningServer.DPO);
        check("dashboard");

        driver.findElement(By.xpath("//button[text()='Sign out']")).click();
        assertThat(text("notice")).isEqualTo("You have signed out.");
        open("/console/");
        assertThat(driver.getCurrentUrl()).endsWith("/console/sign-in");
    }

    @Test
    @DisplayName("CSRF: a POST with the browser's session cookie but without the page's token is refused")
    void forgedPostIsRefused() {
        signIn(RunningServer.DPO);
        String cookie = "igkit_session=" + driver.manage().getCookieNamed("igkit_session").getValue();
        Reply forged = server.send("POST", "/console/sign-out", "csrf=guessed", "Cookie", cookie,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(forged.status()).isEqualTo(403);
        Reply crossSite = server.send("POST", "/console/sign-out", "", "Cookie", cookie, "Origin", "null",
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(crossSite.status()).isEqualTo(403);
        open("/console/");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
    }

    @Test
    @DisplayName("idle timeout: after 30 minutes unused (by the server's clock) the next page asks to sign in again")
    void idleTimeout() throws IOException {
        signIn(RunningServer.READER);
        CLOCK.advance(Duration.ofMinutes(31));
        open("/console/");
        assertThat(driver.getCurrentUrl()).contains("/console/sign-in");
        assertThat(text("notice")).contains("not used for 30 minutes");
        check("signed-out-idle");
    }

    @Test
    @DisplayName("breach: a DPO assesses a breach of health data (tier, regulator deadline, explanation) and records it in the log")
    void breachAssessmentJourney() throws IOException {
        signIn(RunningServer.DPO);
        driver.findElement(By.linkText("Breach assessment")).click();
        check("breach-form");
        driver.findElement(By.cssSelector("form button[value=assess]")).click();
        assertThat(driver.findElements(By.cssSelector(".govuk-error-summary__list a")))
                .extracting(l -> l.getAttribute("href").replaceAll(".*#", "#"))
                .containsExactly("#awareness-day", "#awareness-time", "#dpc", "#ei", "#confidentiality", "#integrity",
                        "#availability");
        check("breach-errors");

        date("awareness", 28, 3, 2024);
        type("awareness-time", "14:30");
        driver.findElement(By.id("dpc-4")).click();
        driver.findElement(By.id("ei-1")).click();
        driver.findElement(By.id("confidentiality-0.5")).click();
        driver.findElement(By.id("integrity")).click();
        driver.findElement(By.id("availability")).click();
        driver.findElement(By.id("protection")).click();
        driver.findElement(By.id("exfiltration")).click();
        type("individuals", "250");
        driver.findElement(By.id("special")).click();
        driver.findElement(By.cssSelector("form button[value=assess]")).click();
        assertThat(text("tier")).isEqualTo("High risk");
        // 72 hours from 14:30 GMT on Thursday 28 March 2024, across the change to BST early on Sunday 31 March
        assertThat(text("commissioner")).startsWith("Notify Information Commissioner's Office by Sunday 31 March 2024 at 15:30");
        assertThat(text("explanation")).isNotBlank();
        check("breach-answer");

        type("reference", "BR-2024-017");
        type("summary", "Laptop with clinic lists stolen");
        driver.findElement(By.cssSelector("form button[value=record]")).click();
        assertThat(text("recorded")).startsWith("Recorded in the breach log as ");
        String id = text("recorded").substring("Recorded in the breach log as ".length());
        Reply logged = server.get("/v1/breaches/" + id);
        assertThat(logged.status()).as(logged.body()).isEqualTo(200);
        assertThat(logged.json().path("reference").asText()).isEqualTo("BR-2024-017");
    }

    @Test
    @DisplayName("breach: a reader may assess but is not offered, nor allowed, to record in the log")
    void readerCannotRecord() {
        signIn(RunningServer.READER);
        open("/console/breaches/assessment");
        assertThat(driver.findElements(By.cssSelector("form button[value=record]"))).isEmpty();
        String csrf = driver.findElement(By.name("csrf")).getAttribute("value");
        String cookie = "igkit_session=" + driver.manage().getCookieNamed("igkit_session").getValue();
        Reply forced = server.send("POST", "/console/breaches/assessment", "action=record&reference=X&csrf=" + csrf,
                "Cookie", cookie, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(forced.status()).isEqualTo(403);
    }

    @Test
    @DisplayName("an unknown console page is a GOV.UK-style 404 page, with the security headers")
    void notFoundPage() throws IOException {
        open("/console/no-such-page");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        check("not-found");
    }

    private static void signIn(String key) {
        open("/console/sign-in");
        type("key", key);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        // the click returns before the next page has replaced the sign-in page: wait for its heading, not the old one
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().equals("Dashboard"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
    }
}
