package org.igkit.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.igkit.rest.assets.AssetResourceTest;
import org.igkit.rest.assurance.AssuranceHttp;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;
import org.igkit.rest.retention.RetentionRegisterResourceTest;

/**
 * The authored OpenAPI document against the real server: one valid request to every documented operation, its
 * status and body checked against the operation's response schema (networknt json-schema-validator, JSON Schema
 * 2020-12 as OpenAPI 3.1 uses), and refusals checked against the {@code Problem} schema.
 */
class OperationContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BREACH_FACTS = "{\"awareness\": \"2024-03-29T16:00:00Z\", \"regimes\": [\"UK_GDPR\"], "
            + "\"breachTypes\": [\"CONFIDENTIALITY\"], \"enisa\": {\"dpc\": 2, \"ei\": 0.75, \"confidentiality\": 0.25, "
            + "\"integrity\": 0, \"availability\": 0, \"malicious\": false}, \"individuals\": 120}";

    /** A breach that need not be reported: one letter, retrieved unopened. */
    private static final String MINOR_BREACH = "{\"awareness\": \"2024-03-29T16:00:00Z\", \"regimes\": [\"UK_GDPR\"], "
            + "\"breachTypes\": [\"CONFIDENTIALITY\"], \"enisa\": {\"dpc\": 1, \"ei\": 0.25, \"confidentiality\": 0, "
            + "\"integrity\": 0, \"availability\": 0, \"malicious\": false}, \"individuals\": 1, "
            + "\"exfiltration\": \"EXCLUDED_BY_EVIDENCE\"}";

    private static RunningServer server;
    private static JsonNode document;
    private static SchemaRegistry registry;
    private static final Set<String> exercised = new TreeSet<>();
    private static final List<String> failures = new ArrayList<>();

    @BeforeAll
    static void start() {
        // with an audit key, so that checkpoints can be signed and entries carry their key id
        server = RunningServer.start(Map.of("ig.audit.key", "contract:" + Base64.getEncoder().encodeToString(new byte[32])));
        document = OpenApiDocument.authored();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("Every documented operation answers a valid request with a documented status and a body its schema accepts")
    void everyOperationMatchesItsSchema() throws Exception {
        failures.clear();
        call("GET", "/health", "/health", null, 200);
        call("GET", "/openapi.json", "/openapi.json", null, 200);
        call("GET", "/openapi.yaml", "/openapi.yaml", null, 200);

        call("POST", "/v1/deadlines", "/v1/deadlines", "{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"received\":\"2024-10-02\","
                + "\"events\":[{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"},"
                + "{\"type\":\"clarification_received\",\"date\":\"2024-10-10\"}],\"asOf\":\"2024-10-15\"}", 200);
        call("POST", "/v1/retention/calculations", "/v1/retention/calculations", "{\"ruleText\":\"CFY(processed) + 6y\","
                + "\"action\":\"SECURE_DESTROY\",\"facts\":{\"processed\":\"2019-05-10\"},\"asOf\":\"2026-05-09\"}", 200);
        call("POST", "/v1/breaches/assessments", "/v1/breaches/assessments", BREACH_FACTS, 200);

        Reply asset = call("POST", "/v1/assets", "/v1/assets", AssetResourceTest.anAsset("A-1"), 201);
        Reply assetRead = call("GET", "/v1/assets/{id}", "/v1/assets/A-1", null, 200);
        assertThat(assetRead.json()).isEqualTo(asset.json());
        ObjectNode changed = (ObjectNode) assetRead.json().deepCopy();
        changed.put("description", "every pupil's record");
        call("PUT", "/v1/assets/{id}", "/v1/assets/A-1", JSON.writeValueAsString(changed), 200, "If-Match", etag(assetRead));
        ObjectNode full = (ObjectNode) JSON.readTree(AssetResourceTest.anAsset("A-2"));
        full.set("transfers", JSON.readTree("[{\"destination\":\"United States\",\"recipient\":\"Cloud host\","
                + "\"safeguard\":\"INTERNATIONAL_DATA_TRANSFER_AGREEMENT\",\"documentation\":\"IDTA 2024\"}]"));
        full.set("flows", JSON.readTree("[{\"to\":\"Local authority\",\"destination\":\"EXTERNAL_ORGANISATION\","
                + "\"purpose\":\"census\",\"frequency\":\"ANNUALLY\",\"method\":\"secure upload\",\"sharingAgreement\":\"DSA-1\"}]"));
        full.set("dpia", JSON.readTree("{\"reference\":\"DPIA-1\",\"completedOn\":\"2025-01-10\",\"reviewDueOn\":\"2027-01-10\"}"));
        full.set("retention", JSON.readTree("{\"scheduleId\":\"school\",\"entryId\":\"C1\"}"));
        full.put("classification", "OFFICIAL");
        call("POST", "/v1/assets", "/v1/assets", JSON.writeValueAsString(full), 201);
        call("GET", "/v1/assets", "/v1/assets?limit=10", null, 200);
        call("GET", "/v1/assets/ropa.json", "/v1/assets/ropa.json", null, 200);
        call("GET", "/v1/assets/ropa.csv", "/v1/assets/ropa.csv?sheet=controller", null, 200);
        call("GET", "/v1/assets/public-register.json", "/v1/assets/public-register.json", null, 200);
        call("GET", "/v1/assets/public-register.csv", "/v1/assets/public-register.csv", null, 200);

        Reply request = call("POST", "/v1/requests", "/v1/requests", "{\"id\":\"R-1\",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\","
                + "\"reference\":\"FOI-1\",\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\"}", 201);
        call("GET", "/v1/requests", "/v1/requests", null, 200);
        call("GET", "/v1/requests/{id}", "/v1/requests/R-1", null, 200);
        call("GET", "/v1/requests/{id}/deadline", "/v1/requests/R-1/deadline?asOf=2024-10-15", null, 200);
        Reply event = call("POST", "/v1/requests/{id}/events", "/v1/requests/R-1/events",
                "{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"}", 200, "If-Match", etag(request));
        call("POST", "/v1/requests/{id}/closure", "/v1/requests/R-1/closure",
                "{\"on\":\"2024-10-20\",\"outcome\":\"GRANTED\"}", 200, "If-Match", etag(event));
        call("GET", "/v1/requests/statistics", "/v1/requests/statistics?from=2024-01-01&to=2025-01-01", null, 200);

        Reply breach = call("POST", "/v1/breaches", "/v1/breaches", "{\"id\":\"B-1\",\"reference\":\"INC-7\","
                + "\"summary\":\"class list emailed to the wrong parents\",\"facts\":" + BREACH_FACTS + "}", 201);
        call("GET", "/v1/breaches", "/v1/breaches", null, 200);
        call("GET", "/v1/breaches/{id}", "/v1/breaches/B-1", null, 200);
        call("GET", "/v1/breaches/{id}/report", "/v1/breaches/B-1/report", null, 200);
        Reply reassessed = call("POST", "/v1/breaches/{id}/assessments", "/v1/breaches/B-1/assessments", BREACH_FACTS, 200,
                "If-Match", etag(breach));
        Reply notified = call("POST", "/v1/breaches/{id}/notifications", "/v1/breaches/B-1/notifications",
                "{\"recipient\":\"COMMISSIONER\",\"notifiedAt\":\"2024-03-30T10:00:00Z\",\"reference\":\"ICO-1\"}", 200,
                "If-Match", etag(reassessed));
        Reply acted = call("POST", "/v1/breaches/{id}/actions", "/v1/breaches/B-1/actions", "{\"text\":\"recalled the email\"}",
                200, "If-Match", etag(notified));
        Reply learned = call("POST", "/v1/breaches/{id}/lessons-learned", "/v1/breaches/B-1/lessons-learned",
                "{\"text\":\"check recipients before sending\"}", 200, "If-Match", etag(acted));
        call("POST", "/v1/breaches/{id}/closure", "/v1/breaches/B-1/closure", null, 200, "If-Match", etag(learned));
        Reply minor = call("POST", "/v1/breaches", "/v1/breaches", "{\"id\":\"B-2\",\"reference\":\"BR-2\","
                + "\"summary\":\"one letter to the wrong address, retrieved unopened\",\"facts\":" + MINOR_BREACH + "}", 201);
        call("POST", "/v1/breaches/{id}/reason-not-notifying", "/v1/breaches/B-2/reason-not-notifying",
                "{\"text\":\"unlikely to result in a risk: retrieved unopened\"}", 200, "If-Match", etag(minor));
        call("GET", "/v1/breaches/statistics", "/v1/breaches/statistics?from=2024-01-01T00:00:00Z&to=2025-01-01T00:00:00Z",
                null, 200);

        Reply schedule = send("POST", "/v1/schedules", "/v1/schedules?id=school&title=School%20schedule",
                RetentionRegisterResourceTest.CSV, "text/csv", 201);
        call("GET", "/v1/schedules", "/v1/schedules", null, 200);
        call("GET", "/v1/schedules/{id}", "/v1/schedules/school", null, 200);
        send("PUT", "/v1/schedules/{id}", "/v1/schedules/school", RetentionRegisterResourceTest.CSV, "text/csv", 200,
                "If-Match", etag(schedule));
        Reply record = call("POST", "/v1/records", "/v1/records",
                "{\"id\":\"CON-1\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{\"closed\":\"2010-01-31\"}}", 201);
        call("GET", "/v1/records", "/v1/records?dueOnOrBefore=2026-05-09", null, 200);
        call("GET", "/v1/records/{id}", "/v1/records/CON-1", null, 200);
        call("GET", "/v1/records/{id}/retention", "/v1/records/CON-1/retention?asOf=2026-05-09", null, 200);
        Reply facts = call("POST", "/v1/records/{id}/facts", "/v1/records/CON-1/facts",
                "{\"facts\":{\"closed\":\"2010-01-31\"}}", 200, "If-Match", etag(record));
        call("POST", "/v1/records/{id}/reviews", "/v1/records/CON-1/reviews",
                "{\"reviewedOn\":\"2025-02-01\",\"outcome\":\"EXTEND\",\"extendBy\":{\"years\":1},\"reason\":\"checked\"}", 200,
                "If-Match", etag(facts));
        send("POST", "/v1/records/imports", "/v1/records/imports?importId=contract-1",
                "{\"id\":\"CON-2\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{\"closed\":\"2010-01-31\"}}\n",
                "application/x-ndjson", 200);
        call("POST", "/v1/holds", "/v1/holds", "{\"id\":\"H-1\",\"recordId\":\"CON-2\",\"reason\":\"claim\","
                + "\"authority\":\"legal\",\"placedOn\":\"2026-01-01\"}", 201);
        call("POST", "/v1/holds/{id}/release", "/v1/holds/H-1/release",
                "{\"releasedOn\":\"2026-03-01\",\"reason\":\"claim withdrawn\"}", 200);
        Reply swept = call("POST", "/v1/disposals", "/v1/disposals", "{\"id\":\"D-1\",\"asOf\":\"2030-05-09\"}", 201);
        call("GET", "/v1/disposals", "/v1/disposals", null, 200);
        call("GET", "/v1/disposals/{id}", "/v1/disposals/D-1", null, 200);
        call("GET", "/v1/disposals/{id}/candidates", "/v1/disposals/D-1/candidates?limit=10", null, 200);
        Reply approved = call("POST", "/v1/disposals/{id}/approval", "/v1/disposals/D-1/approval", null, 200,
                "If-Match", etag(swept));
        call("POST", "/v1/disposals/{id}/execution", "/v1/disposals/D-1/execution", null, 200, "If-Match", etag(approved));
        call("GET", "/v1/disposals/{id}/certificate", "/v1/disposals/D-1/certificate", null, 200);

        call("GET", "/v1/audit", "/v1/audit", null, 200);
        call("GET", "/v1/audit/verification", "/v1/audit/verification", null, 200);
        Reply checkpoint = call("POST", "/v1/audit/checkpoints", "/v1/audit/checkpoints", null, 201);
        call("GET", "/v1/audit/checkpoints", "/v1/audit/checkpoints", null, 200);
        String kept = JSON.readTree(checkpoint.body()).path("text").asText();
        call("GET", "/v1/audit/verification", "/v1/audit/verification?checkpoint="
                + URLEncoder.encode(kept, StandardCharsets.UTF_8), null, 200);

        exerciseAssurance();

        assertThat(failures).as("responses the document does not describe").isEmpty();
        Set<String> documented = new TreeSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(m -> documented.add(m.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(exercised).as("operations this test sends a request to").isEqualTo(documented);
    }

    @Test
    @DisplayName("Refusals are documented on their operation and their bodies match the Problem schema")
    void refusalsMatchTheProblemSchema() {
        failures.clear();
        refuse("POST", "/v1/deadlines", "/v1/deadlines", "{\"regime\":\"FOIA\",\"received\":\"2024-10-02\",\"nope\":1}", 400, null);
        refuse("POST", "/v1/deadlines", "/v1/deadlines", "{\"regime\":\"FOIA\"}", 422, null);
        refuse("GET", "/v1/requests", "/v1/requests", null, 401, "");
        refuse("POST", "/v1/assets", "/v1/assets", "{}", 403, RunningServer.READER);
        refuse("GET", "/v1/assets/{id}", "/v1/assets/NO-SUCH", null, 404, null);
        refuse("GET", "/v1/breaches/statistics", "/v1/breaches/statistics", null, 422, null);
        refuse("POST", "/v1/records/{id}/facts", "/v1/records/NO-SUCH/facts", "{\"facts\":{}}", 404, null);
        refuse("GET", "/v1/assets/{id}", "/v1/assets/-not-an-id", null, 422, null);
        refuse("POST", "/v1/holds", "/v1/holds", "{\"id\":\"H-REF\",\"recordId\":\"NO-SUCH\",\"reason\":\"claim\","
                + "\"authority\":\"legal\",\"placedOn\":\"2026-01-01\"}", 404, null);
        Reply batch = server.send("POST", "/v1/disposals", "{\"id\":\"D-REF\",\"asOf\":\"1990-01-01\"}",
                "Authorization", "Bearer " + RunningServer.ADMIN, "Content-Type", "application/json");
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        refuse("GET", "/v1/disposals/{id}/certificate", "/v1/disposals/D-REF/certificate", null, 422, null);
        refuse("POST", "/v1/disposals/{id}/approval", "/v1/disposals/D-REF/approval", null, 400, null, "If-Match", "1");
        Reply asset = server.send("POST", "/v1/assets", anAsset("A-REF"),
                "Authorization", "Bearer " + RunningServer.ADMIN, "Content-Type", "application/json");
        assertThat(asset.status()).as(asset.toString()).isEqualTo(201);
        refuse("PUT", "/v1/assets/{id}", "/v1/assets/A-REF", asset.body(), 428, null);
        refuse("PUT", "/v1/assets/{id}", "/v1/assets/A-REF", asset.body(), 412, null, "If-Match", "\"7\"");
        refuse("POST", "/v1/records", "/v1/records", "{\"id\":\"REC-REF\",\"schedule\":\"NO-SUCH\",\"entry\":\"C1\","
                + "\"facts\":{\"closed\":\"2010-01-31\"}}", 404, null);
        refuse("POST", "/v1/requests", "/v1/requests", "{\"id\":\"R-REF\",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\","
                + "\"reference\":\"FOI-REF\",\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\",\"schoolCalendarId\":\"NO-SUCH\"}",
                422, null);
        refuseAs("POST", "/v1/records/imports", "/v1/records/imports?importId=refused-1",
                "{\"id\":\"IMP-1\",\"schedule\":\"NO-SUCH\",\"entry\":\"C1\",\"facts\":{}}\n", "application/x-ndjson", 422);
        refuseAs("POST", "/v1/records/imports", "/v1/records/imports?importId=refused-2", "{not json\n",
                "application/x-ndjson", 422);
        assertThat(failures).as("refusals the document does not describe").isEmpty();
    }

    private static void refuseAs(String method, String template, String path, String body, String contentType, int status) {
        Reply reply = server.send(method, path, body, "Authorization", "Bearer " + RunningServer.ADMIN,
                "Content-Type", contentType);
        if (reply.status() != status) {
            failures.add(method + " " + path + ": expected " + status + " -> " + reply);
            return;
        }
        check(method, template, reply);
    }

    @Test
    @DisplayName("The schema check is not vacuous: a body the document does not describe is refused")
    void theCheckRefusesAWrongBody() {
        failures.clear();
        check("GET", "/v1/assets/{id}", new Reply(200, Map.of("Content-Type", List.of("application/json"), "ETag", List.of("\"1\"")),
                "{\"id\": {\"value\": \"A-1\"}, \"name\": \"x\", \"lawfulBases\": [\"public task (Art 6(1)(e))\"]}"));
        check("GET", "/v1/assets/{id}", new Reply(409, Map.of("Content-Type", List.of("application/problem+json")), "{}"));
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).contains("/id").contains("/lawfulBases/0");
        assertThat(failures.get(1)).contains("status not documented");
        failures.clear();
    }

    @Test
    @DisplayName("The check is strict where the wire is fixed: an undeclared field or a missing required one is refused")
    void theCheckRefusesUndeclaredAndMissingFields() {
        failures.clear();
        String candidate = "{\"recordId\":\"CON-1\",\"entry\":{\"scheduleId\":\"school\",\"entryId\":\"C1\"},"
                + "\"ruleText\":\"closed + 6y\",\"citations\":[],\"action\":\"DESTROY\",\"dueDate\":\"2016-01-31\"}";
        String batch = "{\"id\":\"D-1\",\"asOf\":\"2030-05-09\",\"candidates\":[" + candidate + "],\"state\":\"PROPOSED\","
                + "\"approvedBy\":null,\"approvedAt\":null,\"certificate\":null,\"version\":1}";
        check("GET", "/v1/disposals/{id}", tagged(batch));
        assertThat(failures).as("a batch as the server writes it").isEmpty();

        check("GET", "/v1/disposals/{id}", tagged(batch.replace("\"version\":1", "\"version\":1,\"surprise\":true")));
        check("GET", "/v1/disposals/{id}", tagged(batch.replace("\"state\":\"PROPOSED\",", "")));
        check("GET", "/v1/disposals/{id}", tagged(batch.replace("\"dueDate\":\"2016-01-31\"", "\"dueDate\":\"31/01/2016\"")));
        check("GET", "/v1/assets/ropa.json", json("{\"organisation\":{\"name\":\"School\",\"contactDetails\":\"office\","
                + "\"dpo\":null,\"representative\":null},\"controllerRecord\":[]}"));
        check("GET", "/v1/assets/public-register.json", json("[{\"assetId\":\"A-1\",\"owner\":\"Head teacher\"}]"));
        check("GET", "/v1/schedules/{id}", tagged("{\"id\":\"school\",\"title\":\"School\",\"source\":\"\",\"version\":1,"
                + "\"entries\":[{\"id\":\"C1\",\"classRef\":\"2.1\",\"title\":\"Contracts\",\"action\":\"DESTROY\","
                + "\"effectiveFrom\":\"2000-01-01\",\"effectiveTo\":null,\"authority\":\"APPROVED\"}]}"));
        check("GET", "/v1/requests/{id}", tagged("{\"id\":\"R-1\",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"reference\":\"FOI-1\","
                + "\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\",\"events\":[{\"type\":\"clarification_requested\","
                + "\"date\":\"2024-10-03\",\"by\":\"x\"}],\"schoolCalendarId\":null,\"dueDate\":null,\"closedOn\":null,"
                + "\"outcome\":null,\"version\":2}"));

        assertThat(failures).hasSize(7);
        assertThat(failures.get(0)).contains("surprise");
        assertThat(failures.get(1)).contains("state");
        assertThat(failures.get(2)).contains("/candidates/0/dueDate");
        assertThat(failures.get(3)).contains("processorRecord");
        assertThat(failures.get(4)).contains("owner");
        assertThat(failures.get(5)).contains("verified");
        assertThat(failures.get(6)).contains("by");
        failures.clear();
    }

    @Test
    @DisplayName("The schemas of fixed wire shapes are closed: every object they reach lists what it requires and allows nothing else")
    void fixedShapesAreClosed() {
        List<String> open = new ArrayList<>();
        for (String name : List.of("InformationAsset", "RecordOfProcessing", "PublicRegister", "DisposalBatch", "Breach",
                "BreachReport", "InformationRequest", "Schedule", "ScheduleSummary", "Record", "Hold")) {
            closedFrom(document.path("components").path("schemas").path(name), name, new TreeSet<>(), open);
        }
        assertThat(open).as("object schemas reachable from the fixed shapes that are not closed").isEmpty();
    }

    private static void closedFrom(JsonNode schema, String where, Set<String> seen, List<String> open) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            if (seen.add(ref)) {
                closedFrom(resolve(schema), ref, seen, open);
            }
            return;
        }
        schema.path("oneOf").forEach(s -> closedFrom(s, where, seen, open));
        if (schema.has("items")) {
            closedFrom(schema.path("items"), where + "[]", seen, open);
        }
        boolean object = schema.path("type").asText().equals("object") || schema.has("properties");
        if (object) {
            if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()
                    || !schema.path("required").isArray()) {
                open.add(where);
            }
            schema.path("properties").properties().forEach(p -> closedFrom(p.getValue(), where + "." + p.getKey(), seen, open));
        }
    }

    /** One valid request to every assurance operation and the board report (the bodies as AssuranceHttp writes them). */
    private static void exerciseAssurance() {
        Reply policy = call("POST", "/v1/policies", "/v1/policies", AssuranceHttp.policy("contract-policy"), 201);
        call("GET", "/v1/policies", "/v1/policies?limit=10", null, 200);
        call("GET", "/v1/policies/{id}", "/v1/policies/contract-policy", null, 200);
        call("POST", "/v1/policies/{id}/reviews", "/v1/policies/contract-policy/reviews", "{\"date\":\"2025-05-20\","
                + "\"reviewer\":\"DPO\",\"outcome\":\"NO_CHANGE\",\"resulting\":"
                + AssuranceHttp.json(AssuranceHttp.version("1.1", "2025-05-20")) + "}", 200, "If-Match", etag(policy));
        Reply staff = call("POST", "/v1/training/staff", "/v1/training/staff", AssuranceHttp.staff("C-S1"), 201);
        call("GET", "/v1/training/staff/{id}", "/v1/training/staff/C-S1", null, 200);
        call("PUT", "/v1/training/staff/{id}", "/v1/training/staff/C-S1", staff.body(), 200, "If-Match", etag(staff));
        call("POST", "/v1/training/courses", "/v1/training/courses", AssuranceHttp.course("C-DP"), 201);
        call("POST", "/v1/training/completions", "/v1/training/completions",
                AssuranceHttp.completion("C-S1", "C-DP", "2026-01-10"), 201);
        call("GET", "/v1/training/compliance", "/v1/training/compliance?asOf=2026-05-09", null, 200);
        call("POST", "/v1/attestations", "/v1/attestations",
                AssuranceHttp.attestation("C-S1", "contract-policy", "2026-04-10"), 201);
        call("GET", "/v1/attestations", "/v1/attestations?staffId=C-S1", null, 200);
        call("GET", "/v1/attestations/coverage", "/v1/attestations/coverage?policy=contract-policy&asOf=2026-05-09",
                null, 200);
        Reply dpia = call("POST", "/v1/dpias", "/v1/dpias", AssuranceHttp.newDpia("C-DPIA"), 201);
        call("GET", "/v1/dpias", "/v1/dpias", null, 200);
        call("GET", "/v1/dpias/{id}", "/v1/dpias/C-DPIA", null, 200);
        Reply started = call("POST", "/v1/dpias/{id}/start", "/v1/dpias/C-DPIA/start", null, 200, "If-Match", etag(dpia));
        Reply advised = call("POST", "/v1/dpias/{id}/dpo-advice", "/v1/dpias/C-DPIA/dpo-advice", "{\"advice\":\"proceed\","
                + "\"givenOn\":\"2026-05-01\",\"accepted\":true,\"decidedBy\":\"Head\",\"reasons\":null}", 200,
                "If-Match", etag(started));
        call("POST", "/v1/dpias/{id}/approval", "/v1/dpias/C-DPIA/approval", "{\"approvals\":[{\"role\":\"Head\","
                + "\"name\":\"A Head\",\"on\":\"2026-05-05\",\"acceptsResidualRisk\":false}]}", 200, "If-Match", etag(advised));
        Reply agreement = call("POST", "/v1/sharing-agreements", "/v1/sharing-agreements", AssuranceHttp.agreement("C-ISA"), 201);
        call("GET", "/v1/sharing-agreements", "/v1/sharing-agreements", null, 200);
        call("GET", "/v1/sharing-agreements/{id}", "/v1/sharing-agreements/C-ISA", null, 200);
        Reply replaced = call("PUT", "/v1/sharing-agreements/{id}", "/v1/sharing-agreements/C-ISA", agreement.body(), 200,
                "If-Match", etag(agreement));
        call("POST", "/v1/sharing-agreements/{id}/reviews", "/v1/sharing-agreements/C-ISA/reviews",
                "{\"on\":\"2025-06-15\"}", 200, "If-Match", etag(replaced));
        call("GET", "/v1/sharing-agreements/{id}/review-status", "/v1/sharing-agreements/C-ISA/review-status?asOf=2026-05-09",
                null, 200);
        Reply role = call("POST", "/v1/roles", "/v1/roles", AssuranceHttp.appointment("C-R1",
                org.igkit.assurance.roles.RoleKind.DPO), 201);
        call("GET", "/v1/roles", "/v1/roles?role=DPO", null, 200);
        call("GET", "/v1/roles/{id}", "/v1/roles/C-R1", null, 200);
        call("POST", "/v1/roles/{id}/end", "/v1/roles/C-R1/end", "{\"lastDay\":\"2026-03-31\"}", 200, "If-Match", etag(role));
        Reply dspt = call("POST", "/v1/dspt", "/v1/dspt", AssuranceHttp.dspt("C-DSPT"), 201);
        call("GET", "/v1/dspt/{id}", "/v1/dspt/C-DSPT", null, 200);
        Reply assessed = call("POST", "/v1/dspt/{id}/outcomes", "/v1/dspt/C-DSPT/outcomes",
                readTree(dspt.body()).path("outcomes").get(0).toString(), 200, "If-Match", etag(dspt));
        call("POST", "/v1/dspt/{id}/plan", "/v1/dspt/C-DSPT/plan", "{\"actions\":[{\"standardId\":\"1\","
                + "\"action\":\"write the policy\",\"owner\":\"IG lead\",\"dueOn\":\"2026-06-01\",\"done\":false}],"
                + "\"approvedOn\":null}", 200, "If-Match", etag(assessed));
        call("GET", "/v1/dspt/{id}/status", "/v1/dspt/C-DSPT/status", null, 200);
        call("GET", "/v1/reports/board", "/v1/reports/board?from=2026-04-01", null, 200);
        call("GET", "/v1/reports/board.csv", "/v1/reports/board.csv?from=2026-04-01&period=YEAR", null, 200);
    }

    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A 200 JSON reply with an ETag, as the reads of one versioned entity answer. */
    private static Reply tagged(String body) {
        return new Reply(200, Map.of("Content-Type", List.of("application/json"), "ETag", List.of("\"1\"")), body);
    }

    private static Reply json(String body) {
        return new Reply(200, Map.of("Content-Type", List.of("application/json")), body);
    }

    private static String etag(Reply reply) {
        return reply.header("ETag").orElse("\"0\"");
    }

    private static Reply call(String method, String template, String path, String body, int status, String... headers) {
        return send(method, template, path, body, "application/json", status, headers);
    }

    private static Reply send(String method, String template, String path, String body, String contentType, int status,
                              String... headers) {
        List<String> all = new ArrayList<>(List.of("Authorization", "Bearer " + RunningServer.ADMIN));
        if (body != null) {
            all.addAll(List.of("Content-Type", contentType));
        }
        all.addAll(List.of(headers));
        Reply reply = server.send(method, path, body, all.toArray(String[]::new));
        exercised.add(method + " " + template);
        if (reply.status() != status) {
            failures.add(method + " " + path + ": expected " + status + " -> " + reply);
            return reply;
        }
        check(method, template, reply);
        return reply;
    }

    private static String anAsset(String id) {
        try {
            return AssetResourceTest.anAsset(id);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void refuse(String method, String template, String path, String body, int status, String key,
                               String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (key == null || !key.isEmpty()) {
            all.addAll(List.of("Authorization", "Bearer " + (key == null ? RunningServer.ADMIN : key)));
        }
        if (body != null) {
            all.addAll(List.of("Content-Type", "application/json"));
        }
        Reply reply = server.send(method, path, body, all.toArray(String[]::new));
        if (reply.status() != status) {
            failures.add(method + " " + path + ": expected " + status + " -> " + reply);
            return;
        }
        check(method, template, reply);
    }

    /** Checks {@code reply} against the response the document gives its operation for its status. */
    private static void check(String method, String template, Reply reply) {
        String where = method + " " + template + " " + reply.status();
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        JsonNode response = resolve(operation.path("responses").path(String.valueOf(reply.status())));
        if (response.isMissingNode()) {
            failures.add(where + ": status not documented");
            return;
        }
        String type = reply.header("Content-Type").orElse("").split(";")[0].trim();
        JsonNode media = response.path("content").path(type);
        if (media.isMissingNode()) {
            failures.add(where + ": content type " + type + " not documented");
            return;
        }
        response.path("headers").properties().forEach(h -> {
            if (!"Link".equals(h.getKey()) && !"WWW-Authenticate".equals(h.getKey()) && !"X-Correlation-Id".equals(h.getKey())
                    && reply.header(h.getKey()).isEmpty()) {
                failures.add(where + ": no " + h.getKey() + " header");
            }
        });
        for (String sent : List.of("ETag", "Location", "Content-Disposition")) {
            if (reply.header(sent).isPresent() && !response.path("headers").has(sent)) {
                failures.add(where + ": sends " + sent + ", which the document does not declare");
            }
        }
        if (!type.endsWith("json")) {
            return;
        }
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.setAll((ObjectNode) media.path("schema").deepCopy());
        schema.set("components", JSON.createObjectNode().set("schemas", document.path("components").path("schemas")));
        Schema validator = registry.getSchema(schema.toString(), InputFormat.JSON);
        // formats (date, date-time, uri, ...) are asserted, not only annotated as 2020-12 does by default
        List<Error> errors = validator.validate(reply.body(), InputFormat.JSON,
                (Consumer<ExecutionContext>) context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
        if (!errors.isEmpty()) {
            failures.add(where + ": " + errors.subList(0, Math.min(5, errors.size())));
        }
    }

    private static JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            String[] parts = node.path("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : parts) {
                target = target.path(part);
            }
            return target;
        }
        return node;
    }
}
