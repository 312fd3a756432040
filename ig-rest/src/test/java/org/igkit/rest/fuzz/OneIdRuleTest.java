package org.igkit.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.core.IdRule;
import org.igkit.rest.assets.AssetResourceTest;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;
import org.igkit.rest.retention.RetentionRegisterResourceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 20, defect 10: record, hold, request, breach, asset and disposal-batch ids follow one rule ({@link IdRule}),
 * so NUL, a bidi override, a path climb or formula text is refused with a 422 naming the field, never stored.
 */
class OneIdRuleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MINOR_BREACH = "{\"awareness\":\"2024-03-29T16:00:00Z\",\"regimes\":[\"UK_GDPR\"],"
            + "\"breachTypes\":[\"CONFIDENTIALITY\"],\"enisa\":{\"dpc\":1,\"ei\":0.25,\"confidentiality\":0,"
            + "\"integrity\":0,\"availability\":0,\"malicious\":false},\"individuals\":1,"
            + "\"exfiltration\":\"EXCLUDED_BY_EVIDENCE\"}";
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        assertThat(server.send("POST", "/v1/schedules?id=school&title=School", RetentionRegisterResourceTest.CSV,
                "Authorization", "Bearer " + RunningServer.ADMIN, "Content-Type", "text/csv").status()).isEqualTo(201);
        assertThat(server.post("/v1/records", "{\"id\":\"CON-1\",\"schedule\":\"school\",\"entry\":\"C1\","
                + "\"facts\":{\"closed\":\"2010-01-31\"}}").status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<String> hostileIds() {
        return Stream.of("R\u00001", "R\u202E1", "../../x", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", " R-1", "R 1",
                "R/1", "", "x".repeat(IdRule.MAX_LENGTH + 1), "R-\u00e9", "R-1\n");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hostileIds")
    void everyRegisterRefusesTheIdNamingItsField(String id) throws Exception {
        String quoted = JSON.writeValueAsString(id);
        assertRefused(server.post("/v1/records", "{\"id\":" + quoted + ",\"schedule\":\"school\",\"entry\":\"C1\","
                + "\"facts\":{\"closed\":\"2010-01-31\"}}"), "id");
        assertRefused(server.post("/v1/holds", "{\"id\":" + quoted + ",\"recordId\":\"CON-1\",\"reason\":\"litigation\","
                + "\"authority\":\"legal\"}"), "id");
        assertRefused(server.post("/v1/requests", "{\"id\":" + quoted + ",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\","
                + "\"reference\":\"FOI-1\",\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\"}"), "id");
        assertRefused(server.post("/v1/breaches", "{\"id\":" + quoted + ",\"reference\":\"BR-1\",\"summary\":\"s\","
                + "\"facts\":" + MINOR_BREACH + "}"), "id");
        assertRefused(server.post("/v1/assets", AssetResourceTest.anAsset("A-1").replace("\"A-1\"", quoted)), "id");
        assertRefused(server.post("/v1/disposals", "{\"id\":" + quoted + ",\"asOf\":\"2026-01-01\"}"), "batchId");
    }

    @Test
    void idsWithinTheRuleAreAccepted() throws Exception {
        assertThat(server.post("/v1/requests", "{\"id\":\"FOI-2026.001:a_b\",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\","
                + "\"reference\":\"FOI-1\",\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\"}").status())
                .isEqualTo(201);
        assertThat(server.post("/v1/records", "{\"id\":\"" + "R".repeat(IdRule.MAX_LENGTH) + "\",\"schedule\":\"school\","
                + "\"entry\":\"C1\",\"facts\":{\"closed\":\"2010-01-31\"}}").status()).isEqualTo(201);
    }

    private static void assertRefused(Reply reply, String field) {
        assertThatProblem(reply).hasStatus(422).hasErrorAt(field);
        assertThat(reply.body()).containsAnyOf(IdRule.DESCRIPTION, "is required", "must not be blank");
    }
}
