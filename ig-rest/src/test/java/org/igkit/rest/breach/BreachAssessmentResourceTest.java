package org.igkit.rest.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code POST /v1/breaches/assessments} over HTTP. */
class BreachAssessmentResourceTest {
    /** The request of issue 8, verbatim. */
    static final String ISSUE_EXAMPLE = "{\"awareness\": \"2024-03-29T16:00:00Z\", \"regimes\": [\"UK_GDPR\"], "
            + "\"breachTypes\": [\"CONFIDENTIALITY\"], \"enisa\": {\"dpc\": 2, \"dataCategories\": [{\"category\": \"SIMPLE\", "
            + "\"basic\": 1, \"score\": 2, \"justification\": \"contact details of pupils\"}], \"ei\": 0.75, \"confidentiality\": 0.25, "
            + "\"integrity\": 0, \"availability\": 0, \"malicious\": false}, \"protection\": \"NONE\", \"specialCategories\": false, "
            + "\"individuals\": 120, \"vulnerableSubjects\": false, \"exfiltration\": \"POSSIBLE\", \"backupAvailable\": true, "
            + "\"restorationHours\": 4, \"effectOnIndividuals\": \"NONE\", \"mitigations\": [], \"dspt\": {\"likelihood\": 3, \"severity\": 2}}";

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Reply post(String body) {
        return server.send("POST", "/v1/breaches/assessments", body, "Content-Type", "application/json");
    }

    @Test
    @DisplayName("UK GDPR Art 33(1): aware Friday 29 March 2024 16:00 GMT; 72 hours span the clock change: 1 April 17:00 BST")
    void issueExample() {
        Reply reply = post(ISSUE_EXAMPLE);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer.path("enisa").path("dpc").asInt()).isEqualTo(2);
        assertThat(answer.path("enisa").path("ei").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(answer.path("enisa").path("cb").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(answer.path("enisa").path("score").decimalValue()).isEqualByComparingTo("1.75");
        assertThat(answer.path("enisa").path("band").asText()).isEqualTo("LOW");
        assertThat(answer.path("notifyCommissioner").path("deadline").asText()).isEqualTo("2024-04-01T17:00:00+01:00");
        assertThat(answer.path("deadlines").get(0).path("hours").asInt()).isEqualTo(72);
        assertThat(answer.path("deadlines").get(0).path("deadline").asText()).isEqualTo("2024-04-01T17:00:00+01:00");
        assertThat(answer.path("riskTier").asText()).isIn("NO_RISK", "RISK", "HIGH_RISK");
        assertThat(answer.path("communicateDataSubjects").asText()).isIn("REQUIRED", "NOT_REQUIRED");
        assertThat(answer.path("checklist")).isNotEmpty();
        assertThat(answer.path("explanation")).isNotEmpty();
    }

    @Test
    @DisplayName("Enum values outside the vocabulary and unknown fields are 400; refused values are 422 by path")
    void refusals() {
        assertThatProblem(post(ISSUE_EXAMPLE.replace("\"UK_GDPR\"", "\"GDPR\""))).hasStatus(400).detailContains("regimes");
        assertThatProblem(post(ISSUE_EXAMPLE.replace("\"malicious\"", "\"evil\""))).hasStatus(400).detailContains("evil");
        Reply reply = post(ISSUE_EXAMPLE.replace("\"ei\": 0.75", "\"ei\": 0.3").replace("\"score\": 2,", "\"score\": 9,")
                .replace("\"likelihood\": 3", "\"likelihood\": 7"));
        assertThatProblem(reply).hasStatus(422).hasErrorAt("enisa.ei").hasErrorAt("enisa.dataCategories[0].score")
                .hasErrorAt("dspt.likelihood");
        assertThatProblem(post("{\"regimes\":[],\"breachTypes\":[\"CONFIDENTIALITY\"],\"enisa\":{\"dpc\":1,\"ei\":1}}"))
                .hasStatus(422).hasErrorAt("awareness").hasErrorAt("regimes");
        assertThatProblem(post(ISSUE_EXAMPLE.replace("\"ei\": 0.75", "\"ei\": 1e999999999"))).hasStatus(422).hasErrorAt("enisa.ei");
    }

    @Test
    @DisplayName("NIS reg 11(3) and UK GDPR Art 33(1): awarenessByRegime starts the NIS clock at the outage (3 March 2025 09:00), "
            + "the UK GDPR one at the personal data (5 March 14:00); ig.breach.nis-authority names the NIS recipient")
    void awarenessPerRegimeAndTheNisAuthority() {
        String body = "{\"awareness\": \"2025-03-05T14:00:00Z\", \"awarenessByRegime\": {\"NIS\": \"2025-03-03T09:00:00Z\"}, "
                + "\"regimes\": [\"UK_GDPR\", \"NIS\"], \"significantServiceImpact\": true, \"breachTypes\": [\"CONFIDENTIALITY\"], "
                + "\"enisa\": {\"dpc\": 2, \"ei\": 1, \"confidentiality\": 0.25, \"integrity\": 0, \"availability\": 0, \"malicious\": false}}";
        try (RunningServer health = RunningServer.start(java.util.Map.of("ig.breach.nis-authority",
                "Department of Health and Social Care"))) {
            Reply reply = health.send("POST", "/v1/breaches/assessments", body, "Content-Type", "application/json");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode deadlines = reply.json().path("deadlines");
            assertThat(deadlines.get(0).path("regime").asText()).isEqualTo("NIS");
            assertThat(deadlines.get(0).path("recipient").asText()).isEqualTo("Department of Health and Social Care");
            assertThat(deadlines.get(0).path("deadline").asText()).isEqualTo("2025-03-06T09:00:00Z");
            assertThat(deadlines.get(1).path("regime").asText()).isEqualTo("UK_GDPR");
            assertThat(deadlines.get(1).path("deadline").asText()).isEqualTo("2025-03-08T14:00:00Z");
        }
        Reply refused = post(body.replace("\"NIS\": \"2025-03-03", "\"PECR\": \"2025-03-03"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.body()).contains("awarenessByRegime.PECR");
    }
}
