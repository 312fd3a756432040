package org.igkit.rest.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** A disposal batch is kept in the SQLite file: swept by one server, approved and executed by the next. */
class DisposalRestartTest {
    @TempDir
    Path directory;

    private static Reply as(RunningServer server, String key, String method, String path, String body,
                            String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + key;
        headers[2] = "Content-Type";
        headers[3] = "application/json";
        System.arraycopy(more, 0, headers, 4, more.length);
        return server.send(method, path, body, headers);
    }

    @Test
    @DisplayName("A batch swept before a restart is approved and executed after it, with the ETag it had, and certified")
    void aSweptBatchSurvivesARestart() {
        Map<String, String> sameFile = Map.of("ig.store.path", directory.resolve("igkit.db").toString());
        String etag;
        JsonNode candidates;
        try (RunningServer first = RunningServer.start(sameFile)) {
            Reply uploaded = first.send("POST", "/v1/schedules?id=school&title=School%20schedule",
                    RetentionRegisterResourceTest.CSV, "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER,
                    "Content-Type", "text/csv");
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            Reply filed = as(first, RunningServer.RECORDS_MANAGER, "POST", "/v1/records",
                    "{\"id\":\"CON-9\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{\"closed\":\"2010-01-31\"}}");
            assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            Reply swept = as(first, RunningServer.RECORDS_MANAGER, "POST", "/v1/disposals",
                    "{\"id\":\"D-1\",\"asOf\":\"2026-05-09\"}");
            assertThat(swept.status()).as(swept.toString()).isEqualTo(201);
            etag = swept.header("ETag").orElseThrow();
            candidates = swept.json().path("candidates");
            assertThat(candidates.findValuesAsText("recordId")).containsExactly("CON-9");
        }

        try (RunningServer second = RunningServer.start(sameFile)) {
            Reply read = as(second, RunningServer.READER, "GET", "/v1/disposals/D-1", null);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.header("ETag")).contains(etag);
            assertThat(read.json().path("candidates")).isEqualTo(candidates);
            Reply approved = as(second, RunningServer.RECORDS_MANAGER, "POST", "/v1/disposals/D-1/approval", null,
                    "If-Match", etag);
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            Reply executed = as(second, RunningServer.RECORDS_MANAGER, "POST", "/v1/disposals/D-1/execution", null,
                    "If-Match", approved.header("ETag").orElseThrow());
            assertThat(executed.status()).as(executed.toString()).isEqualTo(200);
        }

        try (RunningServer third = RunningServer.start(sameFile)) {
            Reply certificate = as(third, RunningServer.READER, "GET", "/v1/disposals/D-1/certificate", null);
            assertThat(certificate.status()).as(certificate.toString()).isEqualTo(200);
            assertThat(certificate.json().findValuesAsText("recordId")).contains("CON-9");
            assertThat(as(third, RunningServer.READER, "GET", "/v1/records/CON-9", null).json().path("disposed")
                    .asBoolean()).isTrue();
        }
    }
}
