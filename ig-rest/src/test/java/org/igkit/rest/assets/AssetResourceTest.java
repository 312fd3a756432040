package org.igkit.rest.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.rest.fixture.ProblemAssert.assertThatProblem;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.igkit.assets.AssetFormat;
import org.igkit.assets.AssetId;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.LawfulBasis;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;
import org.igkit.json.JsonMapping;

/** {@code /v1/assets} over HTTP: add, read, replace with If-Match, RoPA and public register exports. */
public class AssetResourceTest {
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A personal-data asset as JSON, written from the domain's builder by the API's own mapping. */
    public static String anAsset(String id) throws Exception {
        InformationAsset asset = InformationAsset.builder(AssetId.of(id), "Pupil records")
                .businessArea("Education").format(AssetFormat.ELECTRONIC).systemOrLocation("MIS")
                .assetOwner("Head teacher").dataOwner("Data manager").personalData(true)
                .dataSubjectCategories("pupils").personalDataCategories("contact details", "attainment")
                .purposes("education").lawfulBases(LawfulBasis.PUBLIC_TASK).build();
        return JsonMapping.newMapper().writeValueAsString(asset);
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
    @DisplayName("An asset is added, read back as written, replaced with If-Match, and listed on the RoPA (Art 30(1))")
    void lifecycle() throws Exception {
        Reply added = as(RunningServer.DPO, "POST", "/v1/assets", anAsset("EDU-001"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("id").asText()).isEqualTo("EDU-001");

        Reply read = as(RunningServer.READER, "GET", "/v1/assets/EDU-001", null);
        ObjectNode changed = (ObjectNode) read.json();
        changed.put("systemOrLocation", "New MIS");
        assertThatProblem(as(RunningServer.DPO, "PUT", "/v1/assets/EDU-001", changed.toString())).hasStatus(428);
        Reply replaced = as(RunningServer.DPO, "PUT", "/v1/assets/EDU-001", changed.toString(),
                "If-Match", read.header("ETag").orElseThrow());
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(replaced.json().path("systemOrLocation").asText()).isEqualTo("New MIS");
        // issue 20 defect 3: the stale body (version 1) with the new ETag would silently undo "New MIS"
        changed.put("systemOrLocation", "Stale copy");
        assertThatProblem(as(RunningServer.DPO, "PUT", "/v1/assets/EDU-001", changed.toString(),
                "If-Match", replaced.header("ETag").orElseThrow())).hasStatus(412);

        Reply csv = as(RunningServer.READER, "GET", "/v1/assets/ropa.csv", null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Pupil records");
        JsonNode ropa = as(RunningServer.READER, "GET", "/v1/assets/ropa.json", null).json();
        assertThat(ropa.toString()).contains("Pupil records");
        assertThat(csv.header("Content-Disposition")).hasValue("attachment; filename=\"ropa-controller.csv\"");
        Reply openCsv = server.send("GET", "/v1/assets/public-register.csv", null);
        assertThat(openCsv.header("Content-Disposition")).hasValue("attachment; filename=\"public-register.csv\"");
        Reply open = server.send("GET", "/v1/assets/public-register.json", null);
        assertThat(open.status()).isEqualTo(200);
        assertThat(server.server().root().auditLog().forSubject("information asset", "EDU-001")).hasSize(2);
    }

    @Test
    @DisplayName("Refusals: a duplicate id is 409, a path and body id that differ are 422, unknown fields 400")
    void refusals() throws Exception {
        as(RunningServer.DPO, "POST", "/v1/assets", anAsset("EDU-002"));
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/assets", anAsset("EDU-002"))).hasStatus(409);
        assertThatProblem(as(RunningServer.DPO, "PUT", "/v1/assets/EDU-003", anAsset("EDU-002"), "If-Match", "\"1\""))
                .hasStatus(422).hasErrorAt("id");
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/assets", anAsset("EDU-004").replace("{", "{\"colour\":1,")))
                .hasStatus(400);
        assertThatProblem(as(RunningServer.DPO, "POST", "/v1/assets", anAsset("EDU-005").replace("\"Pupil records\"", "\"\"")))
                .hasStatus(422).hasErrorAt("name");
    }

    @Test
    @DisplayName("Issue 20 defect 7 (OWASP CSV injection): a formula typed into an asset is text in every CSV download")
    void formulasAreNeutralisedInCsv() throws Exception {
        InformationAsset asset = InformationAsset.builder(AssetId.of("EDU-077"), "=HYPERLINK(\"http://evil\",\"x\")")
                .businessArea("+Education").format(AssetFormat.ELECTRONIC).systemOrLocation("@MIS")
                .assetOwner("-Head").dataOwner("Data manager").personalData(true)
                .dataSubjectCategories("pupils").personalDataCategories("contact details")
                .purposes("education").lawfulBases(LawfulBasis.PUBLIC_TASK).build();
        Reply added = as(RunningServer.DPO, "POST", "/v1/assets", JsonMapping.newMapper().writeValueAsString(asset));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        for (String csv : List.of(server.send("GET", "/v1/assets/public-register.csv", null).body(),
                as(RunningServer.READER, "GET", "/v1/assets/ropa.csv", null).body(),
                as(RunningServer.READER, "GET", "/v1/assets/ropa.csv?sheet=processor", null).body())) {
            for (String line : csv.split("\r\n")) {
                for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                    assertThat(cell).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                            .doesNotStartWith("-");
                }
            }
        }
        assertThat(server.send("GET", "/v1/assets/public-register.csv", null).body())
                .contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    }
}
