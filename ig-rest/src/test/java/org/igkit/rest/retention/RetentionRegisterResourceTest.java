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

/** {@code /v1/schedules}, {@code /v1/records}, {@code /v1/holds} over HTTP. */
public class RetentionRegisterResourceTest {
    /** A two-entry schedule: governors' election papers (IRMS toolkit 1.1.3: election + 6 months), and a closure + 6 years rule. */
    public static final String CSV = "id,classRef,title,rule,action,sourceWording,citations,effectiveFrom,effectiveTo,authority,verified\n"
            + "S3,1.1.3,Election of parent and staff governors,electionDate + 6m,SECURE_DESTROY,Date of election + 6 months,"
            + "IRMS Information Management Toolkit for Schools 2019,2000-01-01,,APPROVED,false\n"
            + "C1,2.1,Contracts,closed + 6y,DESTROY,Closure + 6 years,Limitation Act 1980 s.5,2000-01-01,,APPROVED,false\n";

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        Reply uploaded = server.send("POST", "/v1/schedules?id=school&title=School%20schedule", CSV,
                "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER, "Content-Type", "text/csv");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
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
    @DisplayName("IRMS toolkit 1.1.3: election papers of 1 March 2025 are due on 1 September 2025; a hold blocks their disposal")
    void fileCalculateHold() {
        Reply filed = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records",
                "{\"id\":\"GOV-1\",\"schedule\":\"school\",\"entry\":\"S3\",\"facts\":{\"electionDate\":\"2025-03-01\"}}");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().path("dueDate").asText()).isEqualTo("2025-09-01");

        JsonNode retention = as(RunningServer.READER, "GET", "/v1/records/GOV-1/retention?asOf=2026-05-09", null).json();
        assertThat(retention.path("status").asText()).isEqualTo("DUE");
        assertThat(retention.path("eligibleNow").asBoolean()).isTrue();

        Reply held = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/holds",
                "{\"id\":\"H-1\",\"recordId\":\"GOV-1\",\"reason\":\"election petition\",\"authority\":\"legal\",\"placedOn\":\"2026-01-01\"}");
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        JsonNode blocked = as(RunningServer.READER, "GET", "/v1/records/GOV-1/retention?asOf=2026-05-09", null).json();
        assertThat(blocked.path("status").asText()).isEqualTo("HELD");
        assertThat(blocked.path("blockedByHold").asBoolean()).isTrue();

        Reply released = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/holds/H-1/release",
                "{\"releasedOn\":\"2026-03-01\",\"reason\":\"petition withdrawn\"}");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(as(RunningServer.READER, "GET", "/v1/records/GOV-1/retention?asOf=2026-05-09", null).json()
                .path("status").asText()).isEqualTo("DUE");
        assertThat(as(RunningServer.READER, "GET", "/v1/records?dueOnOrBefore=2026-05-09", null).json()
                .path("items").findValuesAsText("id")).contains("GOV-1");
    }

    @Test
    @DisplayName("Facts and reviews change a stored record only with If-Match; a review extends retention")
    void factsAndReviews() {
        Reply filed = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records",
                "{\"id\":\"CON-1\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{}}");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String facts = "{\"facts\":{\"closed\":\"2019-01-31\"}}";
        assertThatProblem(as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records/CON-1/facts", facts)).hasStatus(428);
        Reply updated = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records/CON-1/facts", facts,
                "If-Match", filed.header("ETag").orElseThrow());
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().path("dueDate").asText()).isEqualTo("2025-01-31");

        Reply reviewed = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records/CON-1/reviews",
                "{\"reviewedOn\":\"2025-02-01\",\"outcome\":\"EXTEND\",\"extendBy\":{\"years\":2},\"reason\":\"claim threatened\"}",
                "If-Match", updated.header("ETag").orElseThrow());
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(as(RunningServer.READER, "GET", "/v1/records/CON-1/retention?asOf=2026-05-09", null).json()
                .path("dueDate").asText()).isEqualTo("2027-02-01");
    }

    @Test
    @DisplayName("Disposal: sweep as of a date, approve and execute with If-Match, then the certificate lists the record")
    void disposalBatch() {
        Reply filed = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records",
                "{\"id\":\"CON-9\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{\"closed\":\"2010-01-31\"}}");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        Reply swept = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/disposals", "{\"id\":\"D-1\",\"asOf\":\"2026-05-09\"}");
        assertThat(swept.status()).as(swept.toString()).isEqualTo(201);
        assertThat(swept.json().path("candidates").findValuesAsText("recordId")).contains("CON-9");
        assertThatProblem(as(RunningServer.RECORDS_MANAGER, "POST", "/v1/disposals/D-1/execution", null)).hasStatus(428);
        Reply approved = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/disposals/D-1/approval", null,
                "If-Match", swept.header("ETag").orElseThrow());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        Reply executed = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/disposals/D-1/execution", null,
                "If-Match", approved.header("ETag").orElseThrow());
        assertThat(executed.status()).as(executed.toString()).isEqualTo(200);
        JsonNode certificate = as(RunningServer.READER, "GET", "/v1/disposals/D-1/certificate", null).json();
        assertThat(certificate.toString()).contains("CON-9");
        assertThat(as(RunningServer.READER, "GET", "/v1/records/CON-9", null).json().path("disposed").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("Refusals: a READER cannot file, an unknown entry or record is named, a bad CSV names its line")
    void refusals() {
        assertThatProblem(as(RunningServer.READER, "POST", "/v1/records", "{}")).hasStatus(403);
        assertThatProblem(as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records", "{\"facts\":{\"x\":1}}"))
                .hasStatus(422).hasErrorAt("id").hasErrorAt("schedule").hasErrorAt("facts.x");
        assertThatProblem(as(RunningServer.READER, "GET", "/v1/records/none/retention", null)).hasStatus(404);
        Reply bad = server.send("POST", "/v1/schedules?id=bad&title=Bad", "id,title\nX,Y\n",
                "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER, "Content-Type", "text/csv");
        assertThatProblem(bad).hasStatus(422);
        Reply csv = server.send("GET", "/v1/schedules/school", null, "Authorization", "Bearer " + RunningServer.READER,
                "Accept", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("electionDate + 6m");
    }

    @Test
    @DisplayName("A refused review names its own fields (outcome, extendBy.years), and a malformed entry id is named entry")
    void refusedFieldsAreNamedAsTheBodyNamesThem() {
        Reply filed = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records",
                "{\"id\":\"CON-R\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{}}");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        Reply review = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records/CON-R/reviews",
                "{\"reviewedOn\":\"2025-02-01\",\"outcome\":\"SHRED\",\"extendBy\":{\"years\":-2},\"reason\":\"x\"}",
                "If-Match", filed.header("ETag").orElseThrow());
        assertThatProblem(review).hasStatus(422).hasErrorAt("outcome");
        assertThat(review.json().path("errors").findValuesAsText("path")).as(review.toString())
                .allMatch(path -> !path.startsWith("reviews"));

        Reply badEntry = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/records",
                "{\"id\":\"CON-S\",\"schedule\":\"school\",\"entry\":\"C1,x\",\"facts\":{}}");
        assertThatProblem(badEntry).hasStatus(422).hasErrorAt("entry");
    }
}
