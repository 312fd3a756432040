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

import org.igkit.assurance.policy.ReviewOutcome;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code /v1/policies} over HTTP on a real server and SQLite file. */
class PolicyResourceTest {
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
    @DisplayName("A policy is added, read back as written, reviewed with If-Match (a new version row) and listed")
    void lifecycle() {
        Reply added = as(server, IG_LEAD, "POST", "/v1/policies", AssuranceHttp.policy("data-protection"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location").orElseThrow()).endsWith("/v1/policies/data-protection");
        assertThat(added.header("ETag")).contains("\"1\"");

        Reply read = as(server, RunningServer.READER, "GET", "/v1/policies/data-protection", null);
        assertThat(read.json()).isEqualTo(added.json());

        String review = "{\"date\":\"2025-05-20\",\"reviewer\":\"DPO\",\"outcome\":\"" + ReviewOutcome.NO_CHANGE
                + "\",\"resulting\":" + AssuranceHttp.json(AssuranceHttp.version("1.1", "2025-05-20")) + "}";
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/policies/data-protection/reviews", review)).hasStatus(428);
        Reply reviewed = as(server, IG_LEAD, "POST", "/v1/policies/data-protection/reviews", review,
                "If-Match", read.header("ETag").orElseThrow());
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.header("ETag")).contains("\"2\"");
        assertThat(reviewed.json().path("versions")).hasSize(2);
        assertThat(reviewed.json().path("reviews").get(0).path("outcome").asText()).isEqualTo("NO_CHANGE");
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/policies/data-protection/reviews", review,
                "If-Match", read.header("ETag").orElseThrow())).hasStatus(412);

        Reply listed = as(server, RunningServer.READER, "GET", "/v1/policies?limit=10", null);
        assertThat(listed.json().path("items").get(0).path("id").asText()).isEqualTo("data-protection");
    }

    @Test
    @DisplayName("A policy without a title is refused with 422 naming the field; a review without a reviewer too")
    void badInputNamesTheField() throws Exception {
        ObjectNode untitled = (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(AssuranceHttp.policy("untitled"));
        untitled.put("title", " ");
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/policies", untitled.toString())).hasStatus(422)
                .hasErrorAt("title");
        as(server, IG_LEAD, "POST", "/v1/policies", AssuranceHttp.policy("acceptable-use"));
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/policies/acceptable-use/reviews",
                "{\"date\":\"2025-05-20\",\"outcome\":\"MINOR\",\"resulting\":null}", "If-Match", "\"1\""))
                .hasStatus(422).hasErrorAt("reviewer");
    }

    @Test
    @DisplayName("Only IG_LEAD (or ADMIN) adds policies: a READER or DPO key is refused with 403")
    void forbidden() {
        assertThatProblem(as(server, RunningServer.READER, "POST", "/v1/policies", AssuranceHttp.policy("p-1")))
                .hasStatus(403);
        assertThatProblem(as(server, RunningServer.DPO, "POST", "/v1/policies", AssuranceHttp.policy("p-1")))
                .hasStatus(403);
    }
}
