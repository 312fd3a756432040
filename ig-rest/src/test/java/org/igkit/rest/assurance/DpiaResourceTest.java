package org.igkit.rest.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.assurance.AssuranceHttp.IG_LEAD;
import static org.igkit.rest.assurance.AssuranceHttp.as;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/** {@code /v1/dpias} over HTTP on a real server and SQLite file. */
class DpiaResourceTest {
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
    @DisplayName("A processing is screened (Art 35(3)(b): required by law), started, advised on and signed off, each with If-Match")
    void lifecycle() {
        Reply screened = as(server, RunningServer.DPO, "POST", "/v1/dpias", AssuranceHttp.newDpia("DPIA-1"));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
        assertThat(screened.json().path("outcome").asText()).isEqualTo("REQUIRED_LAW");
        assertThat(screened.json().path("stage").asText()).isEqualTo("SCREENED");
        assertThat(as(server, RunningServer.READER, "GET", "/v1/dpias/DPIA-1", null).json()).isEqualTo(screened.json());

        assertThatProblem(as(server, RunningServer.DPO, "POST", "/v1/dpias/DPIA-1/start", null)).hasStatus(428);
        Reply started = as(server, RunningServer.DPO, "POST", "/v1/dpias/DPIA-1/start", null, "If-Match", "\"1\"");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        Reply advised = as(server, RunningServer.DPO, "POST", "/v1/dpias/DPIA-1/dpo-advice",
                "{\"advice\":\"proceed with role-based access\",\"givenOn\":\"2026-05-01\",\"accepted\":true,"
                        + "\"decidedBy\":\"Head\",\"reasons\":null}", "If-Match", started.header("ETag").orElseThrow());
        assertThat(advised.status()).as(advised.toString()).isEqualTo(200);
        Reply approved = as(server, RunningServer.DPO, "POST", "/v1/dpias/DPIA-1/approval",
                "{\"approvals\":[{\"role\":\"Headteacher\",\"name\":\"A Head\",\"on\":\"2026-05-05\","
                        + "\"acceptsResidualRisk\":false}]}", "If-Match", advised.header("ETag").orElseThrow());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("stage").asText()).isEqualTo("APPROVED");
        // signed off on the day the service records it (the fixture clock's 9 May 2026): reviewed 12 months on
        assertThat(approved.json().path("reviewDueOn").asText()).isEqualTo("2027-05-09");
        assertThat(as(server, RunningServer.READER, "GET", "/v1/dpias", null).json().path("items")).hasSize(1);
    }

    @Test
    @DisplayName("A screening without answers is refused with 422 naming answers")
    void badInputNamesTheField() {
        assertThatProblem(as(server, RunningServer.DPO, "POST", "/v1/dpias",
                "{\"id\":\"DPIA-2\",\"title\":\"x\",\"assets\":[]}")).hasStatus(422).hasErrorAt("answers");
    }

    @Test
    @DisplayName("DPIAs are the DPO's: an IG_LEAD or READER key is refused with 403")
    void forbidden() {
        assertThatProblem(as(server, IG_LEAD, "POST", "/v1/dpias", AssuranceHttp.newDpia("DPIA-3"))).hasStatus(403);
        assertThatProblem(as(server, RunningServer.READER, "POST", "/v1/dpias", AssuranceHttp.newDpia("DPIA-3")))
                .hasStatus(403);
    }
}
