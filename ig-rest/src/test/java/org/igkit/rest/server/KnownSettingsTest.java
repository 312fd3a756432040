package org.igkit.rest.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The table of known settings: the defaults, the misspelling warnings and the edit distance behind them. */
class KnownSettingsTest {
    @Test
    @DisplayName("Every key of the shipped defaults is in the table, with the same default")
    void shippedDefaultsAreKnown() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            shipped.load(in);
        }
        shipped.stringPropertyNames().forEach(key ->
                assertThat(KnownSettings.named(key).defaultValue()).as(key).isEqualTo(shipped.getProperty(key)));
    }

    @Test
    @DisplayName("Reading a key the table does not declare is a bug, caught at the first start")
    void undeclaredKey() {
        assertThatThrownBy(() -> KnownSettings.named("ig.http.prot")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ig.http.prot");
    }

    @Test
    @DisplayName("Misspelt keys and variables under ig. / IG_ are warned about with the nearest known one; others are not")
    void misspellings() {
        assertThat(KnownSettings.warningsFor(IgServer.configuration(Map.of("ig.http.prot", "9090",
                "ig.store.pth", "x.db", "ig.http.port", "0", "java.io.tmpdir", "/tmp"))))
                .containsExactly(
                        "the setting ig.http.prot is not one igkit knows, so it is ignored; did you mean ig.http.port? "
                                + "(java -jar igkit-server.jar --help lists them all)",
                        "the setting ig.store.pth is not one igkit knows, so it is ignored; did you mean ig.store.path? "
                                + "(java -jar igkit-server.jar --help lists them all)");
        assertThat(KnownSettings.nearestIfUnknown("IG_HTTP_PROT")).contains("IG_HTTP_PORT");
        assertThat(KnownSettings.nearestIfUnknown("IG_AUDIT_KEY")).isEmpty();
        assertThat(KnownSettings.nearestIfUnknown("HOME")).isEmpty();
    }

    @Test
    @DisplayName("Levenshtein distance: a swap is two edits, a dropped letter one")
    void distance() {
        assertThat(KnownSettings.distance("ig.http.prot", "ig.http.port")).isEqualTo(2);
        assertThat(KnownSettings.distance("ig.nation", "ig.naton")).isEqualTo(1);
        assertThat(KnownSettings.distance("", "abc")).isEqualTo(3);
        assertThat(KnownSettings.distance("kitten", "sitting")).isEqualTo(3);
    }
}
