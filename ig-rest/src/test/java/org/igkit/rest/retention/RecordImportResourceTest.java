package org.igkit.rest.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.core.audit.AuditEntry;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code POST /v1/records/imports} over HTTP, on a SQLite file of its own. */
class RecordImportResourceTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        Reply uploaded = server.send("POST", "/v1/schedules?id=school&title=School%20schedule",
                RetentionRegisterResourceTest.CSV, "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER,
                "Content-Type", "text/csv");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Reply importing(String key, String query, String contentType, String body) {
        return server.send("POST", "/v1/records/imports?" + query, body, "Authorization", "Bearer " + key,
                "Content-Type", contentType);
    }

    private static String line(String id, String entry, String fact, String value) {
        return "{\"id\":\"" + id + "\",\"schedule\":\"school\",\"entry\":\"" + entry + "\",\"facts\":{\"" + fact
                + "\":" + value + "}}\n";
    }

    private static JsonNode record(String id) {
        Reply found = server.send("GET", "/v1/records/" + id, null, "Authorization", "Bearer " + RunningServer.READER);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json();
    }

    private static int status(String id) {
        return server.send("GET", "/v1/records/" + id, null, "Authorization", "Bearer " + RunningServer.READER).status();
    }

    /** The entries of an import's runs (records.imported, records.import-stopped), without its batches. */
    private static List<AuditEntry> audited(String importId) {
        return server.server().root().auditLog().forSubject("import", importId).stream()
                .filter(e -> !e.event().action().equals("records.import-batch")).toList();
    }

    private static List<AuditEntry> batchesAudited(String importId) {
        return server.server().root().auditLog().forSubject("import", importId).stream()
                .filter(e -> e.event().action().equals("records.import-batch")).toList();
    }

    @Test
    @DisplayName("NDJSON: every line is filed with its computed due date (IRMS toolkit 1.1.3: election + 6 months; "
            + "Limitation Act 1980 s.5: closure + 6 years); importing the same body again adds nothing")
    void ndjsonImportIsIdempotent() {
        String body = line("ND-1", "S3", "electionDate", "\"2025-03-01\"")
                + line("ND-2", "C1", "closed", "\"2019-01-31\"")
                + "\n"
                + line("ND-3", "C1", "closed", "\"2020-06-30\"");

        Reply first = importing(RunningServer.RECORDS_MANAGER, "importId=nd-a&batchSize=2", "application/x-ndjson", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("importId").asText()).isEqualTo("nd-a");
        assertThat(first.json().path("rowsRead").asLong()).isEqualTo(3);
        assertThat(first.json().path("rowsAdded").asLong()).isEqualTo(3);
        assertThat(first.json().path("batchesCommitted").asLong()).isEqualTo(2);
        assertThat(record("ND-1").path("dueDate").asText()).isEqualTo("2025-09-01");
        assertThat(record("ND-2").path("dueDate").asText()).isEqualTo("2025-01-31");
        assertThat(record("ND-2").path("status").asText()).isNotEmpty();
        assertThat(record("ND-3").path("version").asLong()).isEqualTo(1);

        Reply again = importing(RunningServer.RECORDS_MANAGER, "importId=nd-a&batchSize=2", "application/x-ndjson", body);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("rowsAdded").asLong()).isZero();
        assertThat(again.json().path("batchesCommitted").asLong()).isZero();
        assertThat(again.json().path("batchesSkipped").asLong()).isEqualTo(2);

        Reply underAnotherId = importing(RunningServer.ADMIN, "importId=nd-b&batchSize=2", "application/x-ndjson", body);
        assertThat(underAnotherId.status()).as(underAnotherId.toString()).isEqualTo(200);
        assertThat(underAnotherId.json().path("rowsAdded").asLong()).isZero();
        assertThat(record("ND-1").path("version").asLong()).isEqualTo(1);

        List<AuditEntry> events = audited("nd-a");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).event().action()).isEqualTo("records.imported");
        assertThat(events.get(0).event().details()).containsEntry("rowsAdded", "3").containsEntry("format", "ndjson");
        assertThat(events.get(1).event().details()).containsEntry("rowsAdded", "0").containsEntry("batchesSkipped", "2");
        assertThat(batchesAudited("nd-a")).as("each batch once, not again for the rerun")
                .extracting(e -> e.event().details().get("batch") + ":" + e.event().details().get("firstRecordId")
                        + ".." + e.event().details().get("lastRecordId") + ":" + e.event().details().get("rowsAdded"))
                .containsExactly("1:ND-1..ND-2:2", "2:ND-3..ND-3:1");
    }

    @Test
    @DisplayName("CSV: id,scheduleId,entryId then fact:<name> columns; empty cells are absent facts, quotes allowed")
    void csvImport() {
        String csv = "id,scheduleId,entryId,fact:closed,fact:electionDate\n"
                + "CSV-1,school,C1,2019-01-31,\n"
                + "\"CSV-2\",school,S3,,2025-03-01\n"
                + "CSV-3,school,C1,,\n";

        Reply imported = importing(RunningServer.RECORDS_MANAGER, "importId=csv-a", "text/csv", csv);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("rowsAdded").asLong()).isEqualTo(3);
        assertThat(imported.json().path("batchesCommitted").asLong()).isEqualTo(1);
        assertThat(record("CSV-1").path("dueDate").asText()).isEqualTo("2025-01-31");
        assertThat(record("CSV-2").path("dueDate").asText()).isEqualTo("2025-09-01");
        assertThat(record("CSV-3").path("status").asText()).isEqualTo("PENDING");
        assertThat(record("CSV-3").path("facts").isEmpty()).isTrue();
        assertThat(audited("csv-a").get(0).event().details()).containsEntry("format", "csv");
    }

    @Test
    @DisplayName("A bad line is named (lines[4].facts.closed); its batch is not written, earlier batches stay, and a "
            + "rerun of the fixed input under the same importId resumes after them")
    void badLineStopsItsBatchAndTheImportResumes() {
        String good = line("BAD-1", "C1", "closed", "\"2019-01-31\"")
                + line("BAD-2", "C1", "closed", "\"2019-02-28\"")
                + line("BAD-3", "C1", "closed", "\"2019-03-31\"");

        Reply refused = importing(RunningServer.RECORDS_MANAGER, "importId=bad-a&batchSize=2", "application/x-ndjson",
                good + line("BAD-4", "C1", "closed", "\"31/01/2019\""));

        assertThatProblem(refused).hasStatus(422).hasType("validation").hasErrorAt("lines[4].facts.closed");
        assertThat(refused.json().path("importId").asText()).isEqualTo("bad-a");
        assertThat(refused.json().path("batchesCommitted").asLong()).isEqualTo(1);
        assertThat(refused.json().path("rowsCommitted").asLong()).isEqualTo(2);
        assertThat(status("BAD-1")).isEqualTo(200);
        assertThat(status("BAD-2")).isEqualTo(200);
        assertThat(status("BAD-3")).as("the bad line's batch").isEqualTo(404);
        assertThat(audited("bad-a")).singleElement()
                .satisfies(e -> assertThat(e.event().action()).isEqualTo("records.import-stopped"));

        Reply resumed = importing(RunningServer.RECORDS_MANAGER, "importId=bad-a&batchSize=2", "application/x-ndjson",
                good + line("BAD-4", "C1", "closed", "\"2019-01-31\""));

        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.json().path("batchesSkipped").asLong()).isEqualTo(1);
        assertThat(resumed.json().path("batchesCommitted").asLong()).isEqualTo(1);
        assertThat(resumed.json().path("rowsAdded").asLong()).isEqualTo(2);
        assertThat(status("BAD-4")).isEqualTo(200);
        assertThat(batchesAudited("bad-a")).extracting(e -> e.event().details().get("batch"))
                .containsExactly("1", "2");
    }

    @Test
    @DisplayName("CSV lines are numbered as in the file, the header being line 1; every field of a bad line is named")
    void csvBadLine() {
        String csv = "id,scheduleId,entryId,fact:closed\n"
                + "CB-1,school,C1,2019-01-31\n"
                + ",school,NOPE,yesterday\n";

        Reply refused = importing(RunningServer.RECORDS_MANAGER, "importId=csv-bad", "text/csv", csv);

        assertThatProblem(refused).hasStatus(422).hasErrorAt("lines[3].id").hasErrorAt("lines[3].facts.closed");
        assertThat(refused.json().path("batchesCommitted").asLong()).isZero();
        assertThat(status("CB-1")).isEqualTo(404);
        assertThat(audited("csv-bad")).as("nothing written, nothing audited").isEmpty();

        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=csv-bad2", "text/csv",
                "id,scheduleId,entryId,fact:closed\nCB-2,school,NOPE,2019-01-31\n")).hasStatus(422)
                .hasErrorAt("lines[2].entry");
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=csv-bad3", "text/csv",
                "id,schedule,entryId,closed\n")).hasStatus(422).hasErrorAt("lines[1][1]").hasErrorAt("lines[1][3]");
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=csv-bad4", "text/csv",
                "id,scheduleId,entryId\nCB-3,school\n")).hasStatus(422).hasErrorAt("lines[2]");
    }

    @Test
    @DisplayName("RFC 4180: a quoted cell may hold a comma; a quote never closed is refused at its line and column")
    void csvQuoting() {
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=csv-quote", "text/csv",
                "id,scheduleId,entryId,fact:closed\nCB-5,school,\"C1,\"\"x\",2019-01-31\n")).hasStatus(422)
                .hasErrorAt("lines[2].entry"); // the cell reached the entry id whole (C1,"x), named at its row
        Reply unclosed = importing(RunningServer.RECORDS_MANAGER, "importId=csv-open", "text/csv",
                "id,scheduleId,entryId,fact:closed\nCB-6,school,\"C1,2019-01-31\nCB-7,school,C1,2019-01-31\n");
        assertThatProblem(unclosed).hasStatus(422).hasErrorAt("line 2, column 13");
        assertThat(status("CB-7")).isEqualTo(404);
    }

    @Test
    @DisplayName("importId is required and batchSize bounded; an unreadable NDJSON line is named")
    void parameters() {
        String body = line("P-1", "C1", "closed", "\"2019-01-31\"");
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "batchSize=10", "application/x-ndjson", body))
                .hasStatus(422).hasErrorAt("importId");
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=p&batchSize=0", "application/x-ndjson", body))
                .hasStatus(422).hasErrorAt("batchSize");
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=p&batchSize=10001", "application/x-ndjson",
                body)).hasStatus(422).hasErrorAt("batchSize");
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=p&batchSize=x", "application/x-ndjson",
                body)).hasStatus(422).hasErrorAt("batchSize");
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=p", "application/x-ndjson",
                body + "{\"id\": oops\n")).hasStatus(422).hasErrorAt("lines[2]");
        assertThat(status("P-1")).isEqualTo(404);
    }

    @Test
    @DisplayName("Only RECORDS_MANAGER or ADMIN may import (401 without a key, 403 for READER); other bodies get 415")
    void rolesAndMediaTypes() {
        String body = line("R-1", "C1", "closed", "\"2019-01-31\"");
        assertThatProblem(server.send("POST", "/v1/records/imports?importId=r", body,
                "Content-Type", "application/x-ndjson")).hasStatus(401);
        assertThatProblem(importing(RunningServer.READER, "importId=r", "application/x-ndjson", body)).hasStatus(403);
        assertThatProblem(importing(RunningServer.DPO, "importId=r", "application/x-ndjson", body)).hasStatus(403);
        assertThatProblem(importing(RunningServer.RECORDS_MANAGER, "importId=r", "application/json", body))
                .hasStatus(415);
        assertThat(status("R-1")).isEqualTo(404);
    }

    @Test
    @DisplayName("Imports have their own body limit (ig.http.import-limit), not the JSON body limit")
    void importLimit() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append(line("LIM-" + i, "C1", "closed", "\"2019-01-31\""));
        }
        assertThat(body.length()).isBetween(2_000, 4_000);
        try (RunningServer small = RunningServer.start(Map.of("ig.http.max-body-bytes", "1000",
                "ig.http.import-limit", "5000"))) {
            small.send("POST", "/v1/schedules?id=school&title=School", RetentionRegisterResourceTest.CSV,
                    "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER, "Content-Type", "text/csv");
            Reply imported = small.send("POST", "/v1/records/imports?importId=lim", body.toString(),
                    "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER, "Content-Type", "application/x-ndjson");
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            assertThat(imported.json().path("rowsAdded").asLong()).isEqualTo(40);

            Reply tooLarge = small.send("POST", "/v1/records/imports?importId=lim2", body.toString() + body + body,
                    "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER, "Content-Type", "application/x-ndjson");
            assertThatProblem(tooLarge).hasStatus(413).detailContains("ig.http.import-limit");
        }
    }
}
