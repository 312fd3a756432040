package org.igkit.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.breach.register.BreachRegister;
import org.igkit.core.Nation;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.register.AssetRegister;
import org.igkit.assets.memory.InMemoryAssetRepository;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.handling.RequestRegister;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.requests.memory.InMemorySchoolCalendars;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.RequesterCategory;
import org.igkit.rest.assets.AssetResourceTest;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;
import org.igkit.json.JsonMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server built through the public composition API on the in-memory adapters, on an ephemeral port; and the
 * audit actions of each context's Java API are those of the same change made over HTTP.
 */
class AnyAdaptersServerTest {
    private static final Clock CLOCK = Clock.fixed(RunningServer.NOW, ZoneOffset.UTC);
    private static final String BREACH_FACTS = "{\"awareness\": \"2024-03-29T16:00:00Z\", \"regimes\": [\"UK_GDPR\"], "
            + "\"breachTypes\": [\"CONFIDENTIALITY\"], \"enisa\": {\"dpc\": 2, \"dataCategories\": [{\"category\": \"SIMPLE\", "
            + "\"basic\": 1, \"score\": 2, \"justification\": \"contact details of pupils\"}], \"ei\": 0.75, \"confidentiality\": 0.25, "
            + "\"integrity\": 0, \"availability\": 0, \"malicious\": false}, \"protection\": \"NONE\", \"specialCategories\": false, "
            + "\"individuals\": 120, \"vulnerableSubjects\": false, \"exfiltration\": \"POSSIBLE\", \"backupAvailable\": true, "
            + "\"restorationHours\": 4, \"effectOnIndividuals\": \"NONE\", \"mitigations\": [], \"dspt\": {\"likelihood\": 3, \"severity\": 2}}";

    private InMemoryAuditLog audit;
    private InMemoryRequestRepository requests;
    private InMemoryBreachRepository breaches;
    private InMemoryAssetRepository assets;
    private IgServer server;

    @BeforeEach
    void start() {
        audit = InMemoryAuditLog.create();
        requests = InMemoryRequestRepository.create();
        breaches = InMemoryBreachRepository.create();
        assets = InMemoryAssetRepository.create();
        CompositionRoot root = CompositionRoot.builder(CLOCK)
                .auditLog(audit).requests(requests).breaches(breaches).assets(assets)
                .description("in-memory adapters given by the test")
                .build();
        server = IgServer.start(RunningServer.settings(Map.of()), root);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("A request received, clarified and closed over HTTP lands in the adapters given to the builder")
    void requestRoundTripOverHttp() {
        assertThat(server.port()).isPositive();
        Reply created = send("POST", "/v1/requests", "{\"id\":\"R-H\",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\","
                + "\"reference\":\"FOI-1\",\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(send("POST", "/v1/requests/R-H/events", "{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"}",
                "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(send("POST", "/v1/requests/R-H/closure", "{\"on\":\"2024-10-20\",\"outcome\":\"GRANTED\"}",
                "If-Match", "\"2\"").status()).isEqualTo(200);
        Reply read = send("GET", "/v1/requests/R-H", null);
        assertThat(read.json().path("outcome").asText()).isEqualTo("GRANTED");
        assertThat(requests.get("R-H").version()).isEqualTo(3);
    }

    @Test
    @DisplayName("Requests: the Java API audits the same actions as HTTP")
    void requestsAuditTheSameThroughEitherSide() {
        send("POST", "/v1/requests", "{\"id\":\"R-H\",\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"reference\":\"FOI-1\","
                + "\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\"}");
        send("POST", "/v1/requests/R-H/events", "{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"}",
                "If-Match", "\"1\"");
        send("POST", "/v1/requests/R-H/closure", "{\"on\":\"2024-10-20\",\"outcome\":\"GRANTED\"}", "If-Match", "\"2\"");

        RequestRegister register = RequestRegister.of(requests, DeadlineEngine.shipped(CLOCK),
                InMemorySchoolCalendars.create(), audit, CLOCK);
        InformationRequest received = register.receive(InformationRequest.received("R-J", RegimeId.FOIA, Nation.ENGLAND,
                "FOI-2", RequesterCategory.JOURNALIST, LocalDate.of(2024, 10, 2)), "embedder");
        InformationRequest asked = register.record("R-J", received.version(),
                RequestEvent.of(EventType.CLARIFICATION_REQUESTED, LocalDate.of(2024, 10, 3)), "embedder");
        register.close("R-J", asked.version(), LocalDate.of(2024, 10, 20), Outcome.GRANTED, "embedder");

        assertThat(actions(RequestRegister.AUDIT_SUBJECT, "R-J")).isEqualTo(actions(RequestRegister.AUDIT_SUBJECT, "R-H"))
                .containsExactly("request.received", "request.event", "request.closed");
    }

    @Test
    @DisplayName("Breaches: the Java API audits the same actions as HTTP")
    void breachesAuditTheSameThroughEitherSide() {
        Reply logged = send("POST", "/v1/breaches", "{\"id\":\"B-H\",\"reference\":\"INC-1\",\"summary\":\"misdirected email\","
                + "\"facts\":" + BREACH_FACTS + "}");
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        send("POST", "/v1/breaches/B-H/actions", "{\"text\":\"recalled the email\"}", "If-Match", "\"1\"");

        BreachFacts facts = breaches.get("B-H").latest().facts();
        BreachRegister register = BreachRegister.of(breaches, BreachAssessor.withDefaults(CLOCK), audit, CLOCK);
        register.log("B-J", "INC-2", "misdirected email", facts, "embedder");
        register.recordAction("B-J", 1, "recalled the email", "embedder");

        assertThat(actions("breach", "B-J")).isEqualTo(actions("breach", "B-H")).hasSize(2);
    }

    @Test
    @DisplayName("Assets: the Java API audits the same actions, with the changed fields, as HTTP")
    void assetsAuditTheSameThroughEitherSide() throws Exception {
        String http = AssetResourceTest.anAsset("EDU-H");
        assertThat(send("POST", "/v1/assets", http).status()).isEqualTo(201);
        Reply replaced = send("PUT", "/v1/assets/EDU-H", http.replace("\"Pupil records\"", "\"Pupil files\""),
                "If-Match", "\"1\"");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);

        ObjectMapper json = JsonMapping.newMapper();
        InformationAsset asset = json.readValue(AssetResourceTest.anAsset("EDU-J"), InformationAsset.class);
        AssetRegister register = AssetRegister.of(assets, audit, CLOCK);
        InformationAsset added = register.add(asset, "embedder").asset();
        register.replace(json.readValue(AssetResourceTest.anAsset("EDU-J").replace("\"Pupil records\"", "\"Pupil files\""),
                InformationAsset.class), added.version(), "embedder");

        assertThat(actions(AssetRegister.AUDIT_SUBJECT, "EDU-J")).isEqualTo(actions(AssetRegister.AUDIT_SUBJECT, "EDU-H"))
                .containsExactly("asset.added", "asset.replaced");
        assertThat(audit.forSubject(AssetRegister.AUDIT_SUBJECT, "EDU-H").get(1).event().details())
                .containsEntry("changed", "name");
    }

    private List<String> actions(String subjectType, String id) {
        return audit.forSubject(subjectType, id).stream().map(e -> e.event().action()).toList();
    }

    private Reply send(String method, String path, String body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + RunningServer.DPO;
        headers[2] = "Content-Type";
        headers[3] = "application/json";
        System.arraycopy(more, 0, headers, 4, more.length);
        return RunningServer.exchange(java.net.http.HttpRequest.newBuilder(server.uri().resolve(path.substring(1)))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .headers(headers).build());
    }
}
