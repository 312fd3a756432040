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

/** {@code PUT /v1/schedules/{id}}: a schedule replaced by a new version with If-Match, over HTTP. */
class ScheduleVersionTest {
    private static final String HEADER = "id,classRef,title,rule,action,sourceWording,citations,effectiveFrom,"
            + "effectiveTo,authority,verified\n";
    /** Contracts: closure + 6 years (Limitation Act 1980 s.5, simple contracts). */
    private static final String V1 = HEADER
            + "C1,2.1,Contracts,closed + 6y,DESTROY,Closure + 6 years,Limitation Act 1980 s.5,2000-01-01,,APPROVED,false\n";
    /** From 2026 the entry follows s.8 (deeds): closure + 12 years; the old version ends the day before. */
    private static final String V2 = HEADER
            + "C1,2.1,Contracts,closed + 6y,DESTROY,Closure + 6 years,Limitation Act 1980 s.5,2000-01-01,2025-12-31,APPROVED,false\n"
            + "C1,2.1,Contracts under seal,closed + 12y,DESTROY,Closure + 12 years,Limitation Act 1980 s.8,2026-01-01,,APPROVED,false\n";

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
        headers[3] = "text/csv";
        System.arraycopy(more, 0, headers, 4, more.length);
        return server.send(method, path, body, headers);
    }

    @Test
    @DisplayName("A new version replaces the schedule only with the current ETag; GET lists every entry version with "
            + "its effective dates, and records filed afterwards follow the version in force (Limitation Act 1980 s.8)")
    void replaceWithIfMatch() {
        Reply created = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/schedules?id=contracts&title=Contracts&source=s1", V1);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String etag = created.header("ETag").orElseThrow();

        assertThatProblem(as(RunningServer.RECORDS_MANAGER, "PUT", "/v1/schedules/contracts", V2)).hasStatus(428);
        assertThatProblem(as(RunningServer.RECORDS_MANAGER, "PUT", "/v1/schedules/contracts", V2, "If-Match", "\"99\""))
                .hasStatus(412);
        assertThatProblem(as(RunningServer.READER, "PUT", "/v1/schedules/contracts", V2, "If-Match", etag)).hasStatus(403);
        assertThatProblem(as(RunningServer.RECORDS_MANAGER, "PUT", "/v1/schedules/nope", V2, "If-Match", etag))
                .hasStatus(404);

        Reply replaced = as(RunningServer.RECORDS_MANAGER, "PUT", "/v1/schedules/contracts", V2, "If-Match", etag);
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.header("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThatProblem(as(RunningServer.RECORDS_MANAGER, "PUT", "/v1/schedules/contracts", V2, "If-Match", etag))
                .as("the old ETag is stale").hasStatus(412);

        Reply read = as(RunningServer.READER, "GET", "/v1/schedules/contracts", null);
        assertThat(read.header("ETag")).isEqualTo(replaced.header("ETag"));
        JsonNode schedule = read.json();
        assertThat(schedule.path("version").asLong()).isEqualTo(2);
        assertThat(schedule.path("title").asText()).as("kept when not given").isEqualTo("Contracts");
        assertThat(server.server().root().auditLog().forSubject("schedule", "contracts"))
                .extracting(e -> e.event().action()).containsExactly("schedule.uploaded", "schedule.replaced");
        assertThat(server.server().root().auditLog().forSubject("schedule", "contracts").get(1).event().details())
                .containsKeys("added", "removed", "changed");
        assertThat(schedule.path("source").asText()).isEqualTo("s1");
        JsonNode entries = schedule.path("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).path("effectiveFrom").asText()).isEqualTo("2000-01-01");
        assertThat(entries.get(0).path("effectiveTo").asText()).isEqualTo("2025-12-31");
        assertThat(entries.get(1).path("effectiveFrom").asText()).isEqualTo("2026-01-01");
        assertThat(entries.get(1).path("effectiveTo").isNull()).isTrue();

        // the fixture's clock reads 2026-05-09: version 2 is in force
        Reply filed = server.send("POST", "/v1/records", "{\"id\":\"K-1\",\"schedule\":\"contracts\",\"entry\":\"C1\","
                + "\"facts\":{\"closed\":\"2020-03-31\"}}", "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER,
                "Content-Type", "application/json");
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().path("dueDate").asText()).isEqualTo("2032-03-31");
    }

    @Test
    @DisplayName("A new version whose entry versions overlap is refused and the stored version is kept")
    void overlappingVersionsRefused() {
        Reply created = as(RunningServer.RECORDS_MANAGER, "POST", "/v1/schedules?id=overlap&title=Overlap", V1);
        String etag = created.header("ETag").orElseThrow();
        String overlapping = HEADER
                + "C1,2.1,Contracts,closed + 6y,DESTROY,x,y,2000-01-01,,APPROVED,false\n"
                + "C1,2.1,Contracts,closed + 12y,DESTROY,x,y,2026-01-01,,APPROVED,false\n";

        assertThatProblem(as(RunningServer.RECORDS_MANAGER, "PUT", "/v1/schedules/overlap", overlapping, "If-Match", etag))
                .hasStatus(422);
        assertThat(as(RunningServer.READER, "GET", "/v1/schedules/overlap", null).json().path("version").asLong())
                .isEqualTo(1);
    }
}
