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

/** {@code /v1/breaches} over HTTP: log, read, notify with If-Match, close, audit. */
class BreachLogResourceTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Reply as(String key, String method, String path, String body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + key;
        headers[2] = "Content-Type";
        headers[3] = "application/json";
        System.arraycopy(more, 0, headers, 4, more.length);
        return server.send(method, path, body, headers);
    }

    @Test
    @DisplayName("UK GDPR Art 33(5): a breach is logged with its assessment, notified, closed; each change audited")
    void lifecycle() {
        Reply logged = as(RunningServer.DPO, "POST", "/v1/breaches", "{\"id\":\"B-1\",\"reference\":\"INC-7\","
                + "\"summary\":\"class list emailed to the wrong parents\",\"facts\":" + BreachAssessmentResourceTest.ISSUE_EXAMPLE + "}");
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        JsonNode first = logged.json().path("assessments").get(0);
        assertThat(first.path("commissionerDeadline").asText()).isEqualTo("2024-04-01T17:00:00+01:00");
        assertThat(first.path("assessedBy").asText()).matches("key-[0-9a-f]{8}");

        Reply notified = as(RunningServer.DPO, "POST", "/v1/breaches/B-1/notifications",
                "{\"recipient\":\"COMMISSIONER\",\"notifiedAt\":\"2024-03-30T10:00:00Z\",\"reference\":\"ICO-1\"}",
                "If-Match", logged.header("ETag").orElseThrow());
        assertThat(notified.status()).as(notified.toString()).isEqualTo(200);
        JsonNode notification = notified.json().path("notifications").get(0);
        assertThat(notification.path("recipient").asText()).isEqualTo("COMMISSIONER");
        assertThat(notification.path("notifiedAt").asText()).isEqualTo("2024-03-30T10:00:00Z");
        assertThat(notification.has("deadline")).isTrue();
        assertThat(notification.path("reference").asText()).isEqualTo("ICO-1");
        assertThat(notification.has("reasonsForDelay")).isTrue();

        Reply refused = as(RunningServer.DPO, "POST", "/v1/breaches/B-1/assessments",
                BreachAssessmentResourceTest.ISSUE_EXAMPLE.replace("\"ei\": 0.75", "\"ei\": 0.3"),
                "If-Match", notified.header("ETag").orElseThrow());
        assertThatProblem(refused).hasStatus(422).hasErrorAt("enisa.ei");

        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/breaches/B-1/closure", null,
                "If-Match", logged.header("ETag").orElseThrow())).hasStatus(412);
        Reply closed = as(RunningServer.DPO, "POST", "/v1/breaches/B-1/closure", null,
                "If-Match", notified.header("ETag").orElseThrow());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");

        assertThat(as(RunningServer.READER, "GET", "/v1/breaches/B-1", null).json().path("reference").asText()).isEqualTo("INC-7");
        assertThat(server.server().root().auditLog().forSubject("breach", "B-1")).extracting(e -> e.event().action())
                .containsExactly("breach.logged", "breach.notified", "breach.closed");
    }

    @Test
    @DisplayName("ICO guidance on breach records (Art 33(5)): a breach that need not be reported is closed once the "
            + "reason for not notifying is recorded, with the lessons learned; each step audited")
    void aBreachThatNeedNotBeReportedIsClosedOverHttp() {
        Reply logged = as(RunningServer.DPO, "POST", "/v1/breaches", "{\"id\":\"B-NR\",\"reference\":\"INC-9\","
                + "\"summary\":\"one letter to the wrong address, retrieved unopened\",\"facts\":{\"awareness\":"
                + "\"2024-03-29T16:00:00Z\",\"regimes\":[\"UK_GDPR\"],\"breachTypes\":[\"CONFIDENTIALITY\"],"
                + "\"enisa\":{\"dpc\":1,\"ei\":0.25,\"confidentiality\":0,\"integrity\":0,\"availability\":0,"
                + "\"malicious\":false},\"individuals\":1,\"exfiltration\":\"EXCLUDED_BY_EVIDENCE\"}}");
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(logged.json().path("assessments").get(0).path("notifyCommissioner").asBoolean()).isFalse();
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/breaches/B-NR/closure", null,
                "If-Match", logged.header("ETag").orElseThrow())).hasStatus(409);
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/breaches/B-NR/reason-not-notifying", "{\"text\":\" \"}",
                "If-Match", logged.header("ETag").orElseThrow())).hasStatus(422).hasErrorAt("text");

        Reply reasoned = as(RunningServer.DPO, "POST", "/v1/breaches/B-NR/reason-not-notifying",
                "{\"text\":\"unlikely to result in a risk: the letter was retrieved unopened\"}",
                "If-Match", logged.header("ETag").orElseThrow());
        assertThat(reasoned.status()).as(reasoned.toString()).isEqualTo(200);
        assertThat(reasoned.json().path("reasonNotNotifying").asText()).startsWith("unlikely");
        Reply learned = as(RunningServer.DPO, "POST", "/v1/breaches/B-NR/lessons-learned",
                "{\"text\":\"window envelopes for letters with personal data\"}",
                "If-Match", reasoned.header("ETag").orElseThrow());
        assertThat(learned.json().path("lessonsLearned").asText()).startsWith("window envelopes");
        Reply closed = as(RunningServer.DPO, "POST", "/v1/breaches/B-NR/closure", null,
                "If-Match", learned.header("ETag").orElseThrow());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(server.server().root().auditLog().forSubject("breach", "B-NR")).extracting(e -> e.event().action())
                .containsExactly("breach.logged", "breach.not-notifying", "breach.lessons-learned", "breach.closed");
        assertThat(as(RunningServer.READER, "POST", "/v1/breaches/B-NR/lessons-learned", "{\"text\":\"x\"}",
                "If-Match", closed.header("ETag").orElseThrow()).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("Refusals: facts nested under 'facts', a READER cannot log, statistics need from and to")
    void refusals() {
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/breaches", "{\"reference\":\"X\",\"summary\":\"x\",\"facts\":"
                + "{\"regimes\":[\"UK_GDPR\"],\"breachTypes\":[\"CONFIDENTIALITY\"],\"enisa\":{\"dpc\":1,\"ei\":1}}}"))
                .hasStatus(422).hasErrorAt("facts.awareness");
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/breaches", "{\"summary\":\"x\",\"facts\":"
                + BreachAssessmentResourceTest.ISSUE_EXAMPLE.replace("\"ei\": 0.75", "\"ei\": 0.3")
                        .replace("\"likelihood\": 3", "\"likelihood\": 7") + "}"))
                .hasStatus(422).hasErrorAt("facts.enisa.ei").hasErrorAt("facts.dspt.likelihood");
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/breaches", "{\"summary\":\"x\",\"facts\":"
                + BreachAssessmentResourceTest.ISSUE_EXAMPLE.replace("\"UK_GDPR\"", "\"GDPR\"") + "}"))
                .hasStatus(400).detailContains("facts.regimes");
        assertThatProblem(as(RunningServer.READER, "POST", "/v1/breaches", "{}")).hasStatus(403);
        assertThatProblem(as(RunningServer.READER, "GET", "/v1/breaches/statistics", null)).hasStatus(422).hasErrorAt("from");
        Reply stats = as(RunningServer.READER, "GET", "/v1/breaches/statistics?from=2024-01-01T00:00:00Z&to=2025-01-01T00:00:00Z", null);
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("UK GDPR Art 33(3)-(4): the pre-filled ICO report of a logged breach carries its facts and lists "
            + "what is still missing; DPO only, 404 for a breach never logged")
    void reportOfALoggedBreach() {
        String facts = BreachAssessmentResourceTest.ISSUE_EXAMPLE.substring(0,
                BreachAssessmentResourceTest.ISSUE_EXAMPLE.length() - 1)
                + ", \"report\": {\"description\": \"class list emailed to the wrong parents\", "
                + "\"howDiscovered\": \"a parent replied\", \"occurredAt\": \"2024-03-29T09:30:00Z\", "
                + "\"categoriesOfDataSubjects\": \"pupils\", \"approximateRecords\": 120}}";
        Reply logged = as(RunningServer.DPO, "POST", "/v1/breaches", "{\"id\":\"B-R\",\"reference\":\"INC-9\","
                + "\"summary\":\"class list emailed to the wrong parents\",\"facts\":" + facts + "}");
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);

        Reply report = as(RunningServer.DPO, "GET", "/v1/breaches/B-R/report", null);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode body = report.json();
        assertThat(body.path("breachId").asText()).isEqualTo("B-R");
        assertThat(body.path("reference").asText()).isEqualTo("INC-9");
        assertThat(body.path("assessmentNumber").asInt()).isEqualTo(1);
        JsonNode form = body.path("form");
        assertThat(form.path("reportType").asText()).isEqualTo("INITIAL");
        assertThat(form.path("description").asText()).isEqualTo("class list emailed to the wrong parents");
        assertThat(form.path("howDiscovered").asText()).isEqualTo("a parent replied");
        assertThat(form.path("discoveredAt").asText()).as("awareness in Europe/London").isEqualTo("2024-03-29T16:00:00Z");
        assertThat(form.path("breachTypes").get(0).asText()).isEqualTo("CONFIDENTIALITY");
        assertThat(form.path("categoriesOfDataSubjects").asText()).isEqualTo("pupils");
        assertThat(form.path("approximateDataSubjects").asInt()).isEqualTo(120);
        assertThat(form.path("approximateRecords").asLong()).isEqualTo(120L);
        assertThat(form.path("specialCategoryOrCriminal").asBoolean()).isFalse();
        assertThat(form.path("measuresTaken").isNull()).as("no measures recorded yet").isTrue();
        assertThat(form.path("contactPoint").isNull()).isTrue();
        assertThat(form.path("riskTier").asText()).isNotBlank();
        assertThat(form.path("dataSubjectsInformed").asText()).isNotBlank();
        assertThat(body.path("checklist")).hasSize(8);
        assertThat(body.path("missing")).extracting(JsonNode::asText).containsExactly(
                "name and contact details of the DPO or other contact point", "likely consequences of the breach",
                "measures taken or proposed, including mitigation");
        assertThat(body.path("complete").asBoolean()).isFalse();

        assertThatProblem(as(RunningServer.READER, "GET", "/v1/breaches/B-R/report", null)).hasStatus(403);
        assertThatProblem(as(RunningServer.DPO, "GET", "/v1/breaches/B-none/report", null)).hasStatus(404);
        assertThat(server.server().root().auditLog().forSubject("breach", "B-R")).extracting(e -> e.event().action())
                .as("reading the report changes nothing").containsExactly("breach.logged");
    }
}
