package org.igkit.rest.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's ChromeDriver (Selenium Manager's own downloads cannot work
 * here, so both binaries are named), with a fresh profile, a screenshot saver and the axe-core accessibility check.
 * A missing browser fails the test with what to install: the build's .ci/install-browser should have installed it.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where screenshots go: under target/, never committed. */
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final String AXE_RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
            + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact || 'none',"
            + " help: v.help, targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ')}; })); })"
            + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), targets: ''}]); });";

    private final ChromeDriver driver;
    private final Path profile;
    private final String axe;

    private Browser(ChromeDriver driver, Path profile, String axe) {
        this.driver = driver;
        this.profile = profile;
        this.axe = axe;
    }

    static Browser start() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("the console's browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM + " and "
                        + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (the build's .ci/install-browser "
                        + "does this when run as root)")
                .isTrue();
        Path profile = Files.createTempDirectory("igkit-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1100,1400", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // a click that submits a form may return before the next page has loaded: look for elements a while
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30))
                .implicitlyWait(Duration.ofSeconds(3));
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, profile, axeSource());
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves what the window shows as {@code target/console-screenshots/<name>.png}. */
    void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** The page's WCAG 2.1 A/AA and best-practice violations by axe-core, injected into it from its WebJar. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> axeViolations() {
        driver.executeScript(axe);
        return new ArrayList<>((List<Map<String, Object>>) driver.executeAsyncScript(AXE_RUN));
    }

    /** Fails on any serious or critical violation of the page now shown; returns all of them for the report. */
    List<Map<String, Object>> assertAccessible(String page) {
        List<Map<String, Object>> violations = axeViolations();
        List<Map<String, Object>> severe = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        assertThat(severe).as("axe-core serious or critical violations on " + page).isEmpty();
        return violations;
    }

    private static String axeSource() {
        Properties pom = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = resource("META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Browser.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path + " on the test class path").isNotNull();
        return in;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
