package org.igkit.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.igkit.core.error.ValidationException;
import org.igkit.rest.assets.AssetResourceTest;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;
import org.igkit.rest.server.ServerSettings;
import org.junit.jupiter.api.Test;

/**
 * The audit log sealed with {@code ig.audit.key} (issue 20, defect 6), over HTTP: entries name their key, a DPO
 * signs a checkpoint to keep elsewhere, and the verification checks the log against it.
 */
class SealedAuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = Base64.getEncoder().encodeToString("a 32-byte secret held elsewhere!".getBytes(
            StandardCharsets.US_ASCII));

    @Test
    void entriesAreSealedAndACheckpointKeptElsewhereVerifiesTheLog() throws Exception {
        try (RunningServer server = RunningServer.start(Map.of("ig.audit.key", "2026-12:" + SECRET))) {
            assertThat(server.post("/v1/assets", AssetResourceTest.anAsset("A-1")).status()).isEqualTo(201);

            JsonNode entries = JSON.readTree(server.get("/v1/audit").body()).path("items");
            assertThat(entries.get(0).path("keyId").asText()).isEqualTo("2026-12");

            Reply signed = dpo(server, "POST", "/v1/audit/checkpoints");
            assertThat(signed.status()).isEqualTo(201);
            JsonNode checkpoint = JSON.readTree(signed.body());
            assertThat(checkpoint.path("sequence").asLong()).isEqualTo(entries.size());
            String kept = checkpoint.path("text").asText();

            JsonNode verification = JSON.readTree(dpo(server, "GET", "/v1/audit/verification?checkpoint="
                    + URLEncoder.encode(kept, StandardCharsets.UTF_8)).body());
            assertThat(verification.path("intact").asBoolean()).isTrue();
            assertThat(verification.path("unsealedEntries").asLong()).isZero();
            assertThat(verification.path("checkpointsChecked").asInt()).isEqualTo(2);
            assertThat(JSON.readTree(server.get("/v1/audit").body()).path("items").findValuesAsText("action"))
                    .contains("audit.checkpoint-signed");

            String forged = kept.substring(0, kept.length() - 1) + (kept.endsWith("0") ? "1" : "0");
            JsonNode refused = JSON.readTree(dpo(server, "GET", "/v1/audit/verification?checkpoint="
                    + URLEncoder.encode(forged, StandardCharsets.UTF_8)).body());
            assertThat(refused.path("intact").asBoolean()).isFalse();
            assertThat(refused.path("problem").asText()).contains("signature");

            Reply malformed = dpo(server, "GET", "/v1/audit/verification?checkpoint=not-a-checkpoint");
            assertThat(malformed.status()).isEqualTo(422);
            assertThat(malformed.body()).contains("\"checkpoint\"");
        }
    }

    @Test
    void withoutAKeyACheckpointIsRefusedAsAConflict() throws Exception {
        try (RunningServer server = RunningServer.start()) {
            server.post("/v1/assets", AssetResourceTest.anAsset("A-1"));

            Reply refused = dpo(server, "POST", "/v1/audit/checkpoints");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
            assertThat(refused.body()).contains("no key");
        }
    }

    @Test
    void aBadKeySettingIsNamedAndItsSecretNeverShown() {
        String shortSecret = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> settings(Map.of("ig.audit.key", "k1:" + shortSecret)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ig.audit.key")
                .hasMessageNotContaining(shortSecret);
        assertThatThrownBy(() -> settings(Map.of("ig.audit.retired-keys", "k0:" + SECRET)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("ig.audit.retired-keys")
                .hasMessageNotContaining(SECRET);
        assertThat(settings(Map.of("ig.audit.key", "k2:" + SECRET, "ig.audit.retired-keys", "k1:" + SECRET,
                "ig.audit.checkpoint-every", "50")).auditSealing().checkpointEvery()).isEqualTo(50);
    }

    private static ServerSettings settings(Map<String, String> properties) {
        return ServerSettings.from(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build());
    }

    private static Reply dpo(RunningServer server, String method, String path) {
        return server.send(method, path, null, "Authorization", "Bearer " + RunningServer.DPO);
    }
}
