package org.igkit.rest.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.assurance.AssuranceHttp.IG_LEAD;
import static org.igkit.rest.assurance.AssuranceHttp.as;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.igkit.assurance.roles.RoleKind;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code /v1/sharing-agreements}, {@code /v1/roles} and {@code /v1/dspt} over HTTP on a real server and SQLite file. */
class SharingAndRolesResourceTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = AssuranceHttp.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("An agreement is logged, read, replaced and reviewed with If-Match; its review falls due 12 months on")
    void sharingAgreementLifecycle() {
        Reply added = as(server, RunningServer.DPO, "POST", "/v1/sharing-agreements", AssuranceHttp.agreement("ISA-1"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        Reply read = as(server, RunningServer.READER, "GET", "/v1/sharing-agreements/ISA-1", null);
        assertThat(read.json()).isEqualTo(added.json());

        ObjectNode changed = (ObjectNode) read.json();
        changed.put("security", "encrypted transfer over SFTP");
        assertThatProblem(as(server, RunningServer.DPO, "PUT", "/v1/sharing-agreements/ISA-1", changed.toString()))
                .hasStatus(428);
        Reply replaced = as(server, RunningServer.DPO, "PUT", "/v1/sharing-agreements/ISA-1", changed.toString(),
                "If-Match", read.header("ETag").orElseThrow());
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().path("security").asText()).isEqualTo("encrypted transfer over SFTP");
        Reply reviewed = as(server, RunningServer.DPO, "POST", "/v1/sharing-agreements/ISA-1/reviews",
                "{\"on\":\"2025-06-15\"}", "If-Match", replaced.header("ETag").orElseThrow());
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        Reply status = as(server, RunningServer.READER, "GET",
                "/v1/sharing-agreements/ISA-1/review-status?asOf=2026-05-09", null);
        assertThat(status.json().path("dueOn").asText()).isEqualTo("2026-06-15");
        assertThat(as(server, RunningServer.READER, "GET", "/v1/sharing-agreements", null).json().path("items"))
                .hasSize(1);
    }

    @Test
    @DisplayName("An agreement with one party is refused with 422 naming parties; IG_LEAD may not log one (403)")
    void sharingAgreementRefusals() {
        String oneParty = AssuranceHttp.agreement("ISA-2").replaceFirst("\\{\"name\":\"County Council\"[^}]*},?", "")
                .replace("},]", "}]");
        assertThatProblem(as(server, RunningServer.DPO, "POST", "/v1/sharing-agreements", oneParty)).hasStatus(422)
                .hasErrorAt("parties");
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/sharing-agreements", AssuranceHttp.agreement("ISA-3")))
                .hasStatus(403);
    }

    @Test
    @DisplayName("A DPO is appointed, listed by role, and the appointment ended with If-Match; a DPO key may not appoint")
    void roles() {
        Reply appointed = as(server, IG_LEAD, "POST", "/v1/roles", AssuranceHttp.appointment("R1", RoleKind.DPO));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        assertThat(as(server, RunningServer.READER, "GET", "/v1/roles/R1", null).json()).isEqualTo(appointed.json());
        assertThat(as(server, RunningServer.READER, "GET", "/v1/roles?role=DPO", null).json().path("items")).hasSize(1);
        Reply ended = as(server, IG_LEAD, "POST", "/v1/roles/R1/end", "{\"lastDay\":\"2026-03-31\"}",
                "If-Match", appointed.header("ETag").orElseThrow());
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
        assertThat(ended.json().path("to").asText()).isEqualTo("2026-03-31");

        assertThatProblem(as(server, RunningServer.READER, "GET", "/v1/roles?role=KING", null)).hasStatus(422)
                .hasErrorAt("role");
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/roles/R1/end", "{}", "If-Match", "\"2\""))
                .hasStatus(422).hasErrorAt("lastDay");
        assertThatProblem(as(server, RunningServer.DPO, "POST", "/v1/roles",
                AssuranceHttp.appointment("R2", RoleKind.SIRO))).hasStatus(403);
    }

    @Test
    @DisplayName("A DSPT year is started, an outcome assessed with If-Match, and its status explained")
    void dspt() {
        Reply started = as(server, IG_LEAD, "POST", "/v1/dspt", AssuranceHttp.dspt("DSPT-2025-26"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.json().path("deadline").asText()).isEqualTo("2026-06-30");
        assertThat(as(server, RunningServer.READER, "GET", "/v1/dspt/DSPT-2025-26", null).json())
                .isEqualTo(started.json());
        String outcome = started.json().path("outcomes").get(0).toString()
                .replace("\"status\":\"NOT_ACHIEVED\"", "\"status\":\"ACHIEVED\"");
        Reply assessed = as(server, IG_LEAD, "POST", "/v1/dspt/DSPT-2025-26/outcomes", outcome,
                "If-Match", started.header("ETag").orElseThrow());
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
        Reply status = as(server, RunningServer.READER, "GET", "/v1/dspt/DSPT-2025-26/status", null);
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        assertThat(status.json().path("explanation").isArray()).isTrue();

        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/dspt",
                AssuranceHttp.dspt("DSPT-X").replace("\"year\":\"2025-26\"", "\"year\":\"\""))).hasStatus(422)
                .hasErrorAt("year");
        assertThatProblem(as(server, RunningServer.READER, "POST", "/v1/dspt", AssuranceHttp.dspt("DSPT-Y")))
                .hasStatus(403);
    }
}
