package org.igkit.rest.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.core.audit.AuditEvent;
import org.igkit.core.port.AuditLog;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

class AuditResourceTest {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        AuditLog log = server.server().root().auditLog();
        for (int i = 1; i <= 25; i++) {
            log.append(AuditEvent.of("records.manager", "record.saved", RunningServer.NOW, "record", "R-" + (i % 5))
                    .withDetail("n", Integer.toString(i)));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("Paging through the log by following Link: rel=\"next\" sees every entry once, in order")
    void followsNextLinks() {
        List<Long> seen = new ArrayList<>();
        String path = "/v1/audit?limit=10";
        int pages = 0;
        while (path != null) {
            Reply reply = server.get(path);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            reply.json().path("items").forEach(e -> seen.add(e.path("sequence").asLong()));
            pages++;
            Matcher next = NEXT.matcher(reply.header("Link").orElse(""));
            path = next.find() ? next.group(1).substring(server.uri("/").toString().length() - 1) : null;
            assertThat(reply.json().path("next").isNull()).isEqualTo(path == null);
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("An entry carries its event and both hashes of the chain")
    void entryShape() {
        JsonNode first = server.get("/v1/audit?limit=1").json().path("items").get(0);
        assertThat(first.path("sequence").asLong()).isEqualTo(1);
        assertThat(first.path("actor").asText()).isEqualTo("records.manager");
        assertThat(first.path("occurredAt").asText()).isEqualTo("2026-05-09T10:00:00Z");
        assertThat(first.path("details").path("n").asText()).isEqualTo("1");
        assertThat(first.path("previousHash").asText()).isEqualTo("0".repeat(64));
        assertThat(first.path("hash").asText()).hasSize(64);
    }

    @Test
    @DisplayName("Entries about one subject, and the chain's verification")
    void subjectAndVerification() {
        assertThat(server.get("/v1/audit?subjectType=record&subjectId=R-1").json().path("items")).hasSize(5);
        JsonNode verification = server.get("/v1/audit/verification").json();
        assertThat(verification.path("intact").asBoolean()).isTrue();
        assertThat(verification.path("entriesChecked").asLong()).isEqualTo(25);
    }

    @Test
    @DisplayName("A bad limit or cursor is a 422 naming the parameter; the log needs a DPO or ADMIN key")
    void refusals() {
        assertThatProblem(server.get("/v1/audit?limit=0")).hasStatus(422).hasErrorAt("limit");
        assertThatProblem(server.get("/v1/audit?limit=ten")).hasStatus(422).hasErrorAt("limit");
        assertThatProblem(server.get("/v1/audit?after=xyz")).hasStatus(422).hasErrorAt("after");
        assertThatProblem(server.get("/v1/audit?subjectId=R-1")).hasStatus(422).hasErrorAt("subjectType");
        Reply reader = server.send("GET", "/v1/audit", null, "Authorization", "Bearer " + RunningServer.READER);
        assertThatProblem(reader).hasStatus(403);
        Reply dpo = server.send("GET", "/v1/audit", null, "Authorization", "Bearer " + RunningServer.DPO);
        assertThat(dpo.status()).isEqualTo(200);
    }
}
