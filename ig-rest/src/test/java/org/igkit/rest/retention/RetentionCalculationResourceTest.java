package org.igkit.rest.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code POST /v1/retention/calculations} over HTTP. */
class RetentionCalculationResourceTest {
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
        return server.send("POST", "/v1/retention/calculations", body, "Content-Type", "application/json");
    }

    private static JsonNode ok(String body) {
        Reply reply = post(body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    @Test
    @DisplayName("Shorthand: end of the financial year of processing + 6 years (HMRC/Limitation Act 1980 s.5 practice): 2019-05-10 -> 2026-03-31")
    void ruleText() {
        JsonNode answer = ok("{\"ruleText\":\"CFY(processed) + 6y\",\"action\":\"SECURE_DESTROY\","
                + "\"facts\":{\"processed\":\"2019-05-10\",\"looked_after\":true},\"asOf\":\"2026-05-09\"}");
        assertThat(answer.path("status").asText()).isEqualTo("DUE");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2026-03-31");
        assertThat(answer.path("action").asText()).isEqualTo("SECURE_DESTROY");
        assertThat(answer.path("eligibleNow").asBoolean()).isTrue();
        assertThat(answer.path("blockedByHold").asBoolean()).isFalse();
        assertThat(answer.path("explanation")).isNotEmpty();
    }

    @Test
    @DisplayName("The same rule as a JSON expression gives the same answer")
    void ruleAsJson() {
        JsonNode answer = ok("{\"rule\":{\"plus\":{\"of\":{\"endOf\":{\"of\":{\"fact\":\"processed\"},\"period\":\"FINANCIAL_YEAR\"}},"
                + "\"years\":6}},\"action\":\"SECURE_DESTROY\",\"facts\":{\"processed\":\"2019-05-10\"},\"asOf\":\"2026-05-09\"}");
        assertThat(answer.path("dueDate").asText()).isEqualTo("2026-03-31");
        assertThat(answer.path("rule").asText()).isEqualTo("CFY(processed) + 6y");
    }

    @Test
    @DisplayName("Children's records: later of 25th birthday and closure + 8 years when not looked after (when / ageAtAtLeast / laterOf)")
    void conditionalRule() {
        String rule = "{\"when\":{\"condition\":{\"flag\":\"looked_after\"},"
                + "\"then\":{\"plus\":{\"of\":{\"fact\":\"dateOfBirth\"},\"years\":75}},"
                + "\"else\":{\"laterOf\":[{\"plus\":{\"of\":{\"fact\":\"dateOfBirth\"},\"years\":25}},"
                + "{\"plus\":{\"of\":{\"fact\":\"closed\"},\"years\":8}}]}}}";
        JsonNode notLookedAfter = ok("{\"rule\":" + rule + ",\"action\":\"DESTROY\",\"facts\":{\"dateOfBirth\":\"2001-05-10\","
                + "\"closed\":\"2010-01-01\",\"looked_after\":false},\"asOf\":\"2026-05-09\"}");
        assertThat(notLookedAfter.path("dueDate").asText()).isEqualTo("2026-05-10");
        assertThat(notLookedAfter.path("status").asText()).isEqualTo("NOT_YET_DUE");
        JsonNode lookedAfter = ok("{\"rule\":" + rule + ",\"action\":\"DESTROY\",\"facts\":{\"dateOfBirth\":\"2001-05-10\","
                + "\"closed\":\"2010-01-01\",\"looked_after\":true},\"asOf\":\"2026-05-09\"}");
        assertThat(lookedAfter.path("dueDate").asText()).isEqualTo("2076-05-10");
    }

    @Test
    @DisplayName("A hold in force keeps the date but blocks the disposal; a missing fact makes it PENDING; permanent has no date")
    void holdsPendingPermanent() {
        JsonNode held = ok("{\"ruleText\":\"closed + 6y\",\"action\":\"DESTROY\",\"facts\":{\"closed\":\"2019-01-01\"},"
                + "\"holds\":[{\"id\":\"H-1\",\"reason\":\"litigation\",\"placedOn\":\"2024-01-01\"}],\"asOf\":\"2026-05-09\"}");
        assertThat(held.path("status").asText()).isEqualTo("HELD");
        assertThat(held.path("dueDate").asText()).isEqualTo("2025-01-01");
        assertThat(held.path("blockedByHold").asBoolean()).isTrue();
        assertThat(held.path("eligibleNow").asBoolean()).isFalse();

        JsonNode pending = ok("{\"ruleText\":\"closed + 6y\",\"action\":\"DESTROY\",\"facts\":{},\"asOf\":\"2026-05-09\"}");
        assertThat(pending.path("status").asText()).isEqualTo("PENDING");
        assertThat(pending.path("dueDate").isNull()).isTrue();
        assertThat(pending.path("missingFacts").get(0).asText()).isEqualTo("closed");

        JsonNode permanent = ok("{\"rule\":{\"permanent\":true},\"action\":\"TRANSFER_TO_ARCHIVES\",\"asOf\":\"2026-05-09\"}");
        assertThat(permanent.path("status").asText()).isEqualTo("PERMANENT");
        assertThat(permanent.path("dueDate").isNull()).isTrue();
    }

    @Test
    @DisplayName("Unknown keys in a rule are 400; bad rules, facts, holds and options are 422 with every path")
    void refusals() {
        assertThatProblem(post("{\"rule\":{\"fakt\":\"closed\"},\"action\":\"DESTROY\"}")).hasStatus(400).detailContains("fakt");
        Reply reply = post("{\"rule\":{\"laterOf\":[{\"fact\":\"closed\"}]},\"action\":\"BURN\","
                + "\"facts\":{\"closed\":\"yesterday\",\"n\":3},\"holds\":[{\"id\":\"\",\"placedOn\":\"2024-01-01\"}],"
                + "\"options\":{\"financialYearStart\":\"April\"}}");
        assertThatProblem(reply).hasStatus(422).hasErrorAt("rule.laterOf").hasErrorAt("action").hasErrorAt("facts.closed")
                .hasErrorAt("facts.n").hasErrorAt("holds[0].id").hasErrorAt("holds[0].reason")
                .hasErrorAt("options.financialYearStart");
        assertThatProblem(post("{\"ruleText\":\"closed +\",\"action\":\"DESTROY\"}")).hasStatus(422).hasErrorAt("ruleText");
        assertThatProblem(post("{\"ruleText\":\"closed + 6y\",\"rule\":{\"fact\":\"closed\"},\"action\":\"DESTROY\"}"))
                .hasStatus(422).hasErrorAt("rule");
    }
}
