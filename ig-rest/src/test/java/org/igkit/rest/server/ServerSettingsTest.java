package org.igkit.rest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.MonthDay;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.rest.auth.Role;

class ServerSettingsTest {

    private static ServerSettings from(Map<String, String> properties) {
        return ServerSettings.from(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build());
    }

    @Test
    @DisplayName("With nothing configured the server listens on 127.0.0.1:8080 over ./igkit.db with no key")
    void defaults() {
        ServerSettings settings = from(Map.of());
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.storePath()).isEqualTo(Path.of("./igkit.db"));
        assertThat(settings.keyring().isEmpty()).isTrue();
        assertThat(settings.openCalculators()).isTrue();
        assertThat(settings.nation()).isEqualTo(Nation.ENGLAND);
        assertThat(settings.maxBodyBytes()).isEqualTo(1_048_576);
        assertThat(settings.importLimitBytes()).as("ig.http.import-limit: 1 GiB").isEqualTo(1L << 30);
        assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.financialYearStart()).isEqualTo(MonthDay.of(4, 1));
        assertThat(settings.academicYearStart()).isEqualTo(MonthDay.of(9, 1));
        assertThat(settings.taxYearStart()).isEqualTo(MonthDay.of(4, 6));
        assertThat(settings.leapDayPolicy()).isEqualTo("FEB_28");
        assertThat(settings.regulatorName()).isEqualTo("Information Commissioner's Office");
        assertThat(settings.nisAuthorityName()).as("ig.breach.nis-authority").isEqualTo("NIS competent authority");
    }

    @Test
    @DisplayName("Environment variables (IG_HTTP_PORT, IG_AUTH_KEYS, ...) set the keys, as MicroProfile Config maps them")
    void environmentVariables() {
        ServerSettings settings = ServerSettings.from(new SmallRyeConfigBuilder().withSources(new EnvConfigSource(Map.of(
                "IG_HTTP_PORT", "9090",
                "IG_AUTH_KEYS", "0123456789abcdef:DPO|READER",
                "IG_AUTH_OPEN_CALCULATORS", "false",
                "IG_NATION", "scotland",
                "IG_STORE_PATH", "/var/lib/igkit/ig.db"), 300)).build());
        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.keyring().find("0123456789abcdef")).hasValueSatisfying(
                key -> assertThat(key.roles()).containsExactlyInAnyOrder(Role.DPO, Role.READER));
        assertThat(settings.openCalculators()).isFalse();
        assertThat(settings.nation()).isEqualTo(Nation.SCOTLAND);
        assertThat(settings.storePath()).isEqualTo(Path.of("/var/lib/igkit/ig.db"));
    }

    @Test
    @DisplayName("The server's own configuration reads the shipped defaults file, system properties above it, and"
            + " a caller's overrides above both")
    void theServersConfigurationSources() {
        String key = "ig.regulator.name";
        String before = System.getProperty(key);
        System.setProperty(key, "Information Commissioner (from a system property)");
        try {
            assertThat(IgServer.configuration(Map.of()).getValue("ig.calendar.leap-day-policy", String.class))
                    .as("from META-INF/microprofile-config.properties").isEqualTo("FEB_28");
            assertThat(ServerSettings.from(IgServer.configuration(Map.of())).regulatorName())
                    .isEqualTo("Information Commissioner (from a system property)");
            assertThat(ServerSettings.from(IgServer.configuration(Map.of(key, "An override"))).regulatorName())
                    .isEqualTo("An override");
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    @Test
    @DisplayName("Every refused value is reported at once, named by its key; key secrets are never echoed")
    void everyBadValueIsReported() {
        assertThatThrownBy(() -> from(Map.of(
                "ig.http.port", "eighty",
                "ig.http.max-body-bytes", "0",
                "ig.nation", "MERCIA",
                "ig.calendar.financial-year-start", "April",
                "ig.calendar.leap-day-policy", "FEB_29",
                "ig.auth.open-calculators", "yes",
                "ig.auth.keys", "short-secret:ADMIN,long-enough-secret-1:KING")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).contains(
                            "ig.http.port", "ig.http.max-body-bytes", "ig.nation", "ig.calendar.financial-year-start",
                            "ig.calendar.leap-day-policy", "ig.auth.open-calculators", "ig.auth.keys[0]", "ig.auth.keys[1]");
                    assertThat(e.getMessage()).doesNotContain("short-secret").doesNotContain("long-enough-secret-1");
                });
    }

    @Test
    @DisplayName("Connection limits and rate limits: on by default, and a refused value names its key")
    void connectionAndRateLimits() {
        ServerSettings defaults = from(Map.of());
        assertThat(defaults.connectionLimits().connectionsPerClient()).isEqualTo(32);
        assertThat(defaults.connectionLimits().headerTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.connectionLimits().readTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.rateLimits().enabled()).isTrue();
        assertThat(defaults.rateLimits().anonymous().burst()).isEqualTo(100);
        assertThat(defaults.rateLimits().anonymous().perMinute()).isEqualTo(600);
        assertThat(defaults.rateLimits().failedAuthentication().burst()).isEqualTo(10);
        assertThat(defaults.rateLimits().failedAuthentication().perMinute()).isEqualTo(6);

        assertThatThrownBy(() -> from(Map.of(
                "ig.http.connections-per-client", "0",
                "ig.http.header-timeout", "PT0S",
                "ig.http.read-timeout", "ten seconds",
                "ig.rate.enabled", "maybe",
                "ig.rate.anonymous.burst", "-1",
                "ig.rate.failed-auth.per-minute", "lots")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).contains("ig.http.connections-per-client", "ig.http.header-timeout",
                                "ig.http.read-timeout", "ig.rate.enabled", "ig.rate.anonymous.burst",
                                "ig.rate.failed-auth.per-minute"));
    }

    @Test
    @DisplayName("ig.store.kind is sqlite unless set; postgres takes ig.store.url, .user, .pool-size and the password"
            + " from IG_STORE_PASSWORD, which no toString shows")
    void theStoreSettings() {
        assertThat(from(Map.of()).store().kind()).isEqualTo(ServerSettings.StoreKind.SQLITE);
        ServerSettings settings = ServerSettings.from(new SmallRyeConfigBuilder().withSources(new EnvConfigSource(Map.of(
                "IG_STORE_KIND", "postgres",
                "IG_STORE_URL", "jdbc:postgresql://db.internal:5432/igkit",
                "IG_STORE_USER", "igkit",
                "IG_STORE_PASSWORD", "correct-horse-battery",
                "IG_STORE_POOL_SIZE", "4"), 300)).build());
        assertThat(settings.store().kind()).isEqualTo(ServerSettings.StoreKind.POSTGRES);
        assertThat(settings.store().url()).isEqualTo("jdbc:postgresql://db.internal:5432/igkit");
        assertThat(settings.store().user()).isEqualTo("igkit");
        assertThat(settings.store().password()).isEqualTo("correct-horse-battery");
        assertThat(settings.store().poolSize()).isEqualTo(4);
        assertThat(settings.toString()).doesNotContain("correct-horse-battery");
    }

    @Test
    @DisplayName("A bad store kind, a PostgreSQL store without a PostgreSQL URL and a bad pool size are refused by key")
    void badStoreSettingsAreRefusedByKey() {
        assertThatThrownBy(() -> from(Map.of("ig.store.kind", "oracle"))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::path)
                        .containsExactly("ig.store.kind"));
        assertThatThrownBy(() -> from(Map.of("ig.store.kind", "postgres", "ig.store.url", "jdbc:sqlite:x.db",
                "ig.store.pool-size", "0", "ig.store.password", "correct-horse-battery")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("ig.store.url", "ig.store.pool-size"))
                .satisfies(e -> assertThat(e.toString()).doesNotContain("correct-horse-battery"));
    }
}
