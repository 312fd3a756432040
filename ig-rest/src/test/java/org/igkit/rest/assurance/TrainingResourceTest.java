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

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code /v1/training} and {@code /v1/attestations} over HTTP on a real server and SQLite file. */
class TrainingResourceTest {
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
    @DisplayName("Staff are added, read and replaced with If-Match; a course and a completion make them compliant")
    void trainingLifecycle() {
        Reply added = as(server, IG_LEAD, "POST", "/v1/training/staff", AssuranceHttp.staff("S1"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        Reply read = as(server, RunningServer.READER, "GET", "/v1/training/staff/S1", null);
        assertThat(read.json()).isEqualTo(added.json());

        ObjectNode moved = (ObjectNode) read.json();
        moved.put("team", "Finance");
        assertThatProblem(as(server, IG_LEAD, "PUT", "/v1/training/staff/S1", moved.toString())).hasStatus(428);
        Reply replaced = as(server, IG_LEAD, "PUT", "/v1/training/staff/S1", moved.toString(),
                "If-Match", read.header("ETag").orElseThrow());
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().path("team").asText()).isEqualTo("Finance");
        assertThat(replaced.header("ETag")).contains("\"2\"");

        assertThat(as(server, IG_LEAD, "POST", "/v1/training/courses", AssuranceHttp.course("DP-1")).status())
                .isEqualTo(201);
        String completion = AssuranceHttp.completion("S1", "DP-1", "2026-01-10");
        assertThat(as(server, IG_LEAD, "POST", "/v1/training/completions", completion).status()).isEqualTo(201);
        assertThat(as(server, IG_LEAD, "POST", "/v1/training/completions", completion).status()).isEqualTo(200);

        Reply compliance = as(server, RunningServer.READER, "GET", "/v1/training/compliance?asOf=2026-05-09", null);
        assertThat(compliance.status()).as(compliance.toString()).isEqualTo(200);
        // S1 is compliant; staff other tests of this class add, with no completions, are not
        assertThat(compliance.json().path("overall").path("numerator").asInt()).isEqualTo(1);
        assertThat(compliance.json().path("overdue").findValuesAsText("staffId")).doesNotContain("S1");
    }

    @Test
    @DisplayName("Attestations are recorded once, listed per person, and counted against required policies")
    void attestations() {
        as(server, IG_LEAD, "POST", "/v1/policies", AssuranceHttp.policy("dp-policy"));
        as(server, IG_LEAD, "POST", "/v1/training/staff", AssuranceHttp.staff("S9"));
        String attestation = AssuranceHttp.attestation("S9", "dp-policy", "2026-04-10");
        assertThat(as(server, IG_LEAD, "POST", "/v1/attestations", attestation).status()).isEqualTo(201);
        assertThat(as(server, IG_LEAD, "POST", "/v1/attestations", attestation).status()).isEqualTo(200);

        Reply mine = as(server, RunningServer.READER, "GET", "/v1/attestations?staffId=S9", null);
        assertThat(mine.json().path("items")).hasSize(1);
        Reply coverage = as(server, RunningServer.READER, "GET",
                "/v1/attestations/coverage?policy=dp-policy&asOf=2026-05-09", null);
        assertThat(coverage.status()).as(coverage.toString()).isEqualTo(200);
        assertThat(coverage.json().path("perPolicy").path("dp-policy").path("numerator").asInt()).isEqualTo(1);
        assertThatProblem(as(server, RunningServer.READER, "GET", "/v1/attestations", null)).hasStatus(422)
                .hasErrorAt("staffId");
    }

    @Test
    @DisplayName("A member of staff without a name, or a completion without a date, is refused with 422 naming the field")
    void badInputNamesTheField() {
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/training/staff",
                AssuranceHttp.staff("S2").replace("\"Ann Staff\"", "\"\""))).hasStatus(422).hasErrorAt("name");
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/training/completions",
                "{\"staffId\":\"S1\",\"courseId\":\"DP-1\",\"completedOn\":null}")).hasStatus(422)
                .hasErrorAt("completedOn");
    }

    @Test
    @DisplayName("Only IG_LEAD (or ADMIN) changes training records: READER and DPO keys get 403")
    void forbidden() {
        assertThatProblem(as(server, RunningServer.READER, "POST", "/v1/training/staff", AssuranceHttp.staff("S3")))
                .hasStatus(403);
        assertThatProblem(as(server, RunningServer.DPO, "POST", "/v1/attestations",
                AssuranceHttp.attestation("S3", "dp-policy", "2026-04-10"))).hasStatus(403);
    }
}
