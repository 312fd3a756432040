package org.igkit.examples.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.assets.memory.InMemoryAssetRepository;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.examples.generated.api.AssetsApi;
import org.igkit.examples.generated.api.CalculatorsApi;
import org.igkit.examples.generated.api.RequestsApi;
import org.igkit.examples.generated.invoker.ApiClient;
import org.igkit.examples.generated.invoker.ApiException;
import org.igkit.examples.generated.invoker.ApiResponse;
import org.igkit.examples.generated.model.DeadlineRequest;
import org.igkit.examples.generated.model.DeadlineResponse;
import org.igkit.examples.generated.model.FieldError;
import org.igkit.examples.generated.model.InformationAsset;
import org.igkit.examples.generated.model.InformationRequest;
import org.igkit.examples.generated.model.InformationRequestPage;
import org.igkit.examples.generated.model.LawfulBasis;
import org.igkit.examples.generated.model.NewRequest;
import org.igkit.examples.generated.model.Problem;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.rest.server.CompositionRoot;
import org.igkit.rest.server.IgServer;
import org.igkit.rest.server.ServerSettings;

/**
 * A client generated from the authored OpenAPI document ({@code ig-rest/src/main/resources/openapi/igkit.yaml}, the
 * one the server serves at {@code /openapi.json}) by openapi-generator's {@code java} generator, library
 * {@code native}, at build time: it compiles, and it makes typed round trips against the real server on the
 * in-memory adapters. Its JSON mapper refuses unknown fields, so a response carrying a field the document does not
 * declare fails here too.
 */
class GeneratedClientTest {
    private static final String DPO_KEY = "generated-client-dpo-key-0123456789";
    private static final Instant NOW = Instant.parse("2026-05-09T10:00:00Z");

    private IgServer server;
    private ApiClient client;

    @BeforeEach
    void start() {
        CompositionRoot root = CompositionRoot.builder(Clock.fixed(NOW, ZoneOffset.UTC))
                .auditLog(InMemoryAuditLog.create())
                .requests(InMemoryRequestRepository.create())
                .assets(InMemoryAssetRepository.create())
                .description("in-memory adapters, for the generated client")
                .build();
        server = IgServer.start(ServerSettings.from(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(
                        "ig.http.port", "0",
                        "ig.http.threads", "2",
                        "ig.http.shutdown-grace", "PT5S",
                        "ig.auth.keys", DPO_KEY + ":DPO"), "generated client test", 500))
                .build()), root);
        ObjectMapper strict = ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        client = new ApiClient()
                .setObjectMapper(strict)
                .setHost(server.uri().getHost())
                .setPort(server.port())
                .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + DPO_KEY));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("FOIA s.10(1): a request received Wednesday 2 October 2024 is due Wednesday 30 October, typed as a date")
    void calculatesADeadline() throws ApiException {
        DeadlineResponse answer = new CalculatorsApi(client).calculateDeadline(new DeadlineRequest()
                .regime("FOIA").nation("ENGLAND").received("2024-10-02").asOf(LocalDate.of(2024, 10, 15)));

        assertThat(answer.getDueDate()).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(answer.getLatestDueDate()).isEqualTo(LocalDate.of(2024, 11, 27));
        assertThat(answer.getStatus()).isEqualTo("open");
        assertThat(answer.getExplanation()).isNotEmpty();
        assertThat(answer.getExplanation().get(0).getCitations().get(0).getInstrument())
                .isEqualTo("Freedom of Information Act 2000");
    }

    @Test
    @DisplayName("An asset is created, read with its ETag, and replaced with If-Match; a stale If-Match is a typed 412")
    void createsReadsAndReplacesAnAsset() throws ApiException {
        AssetsApi assets = new AssetsApi(client);
        ApiResponse<InformationAsset> created = assets.addAssetWithHttpInfo(pupilRecords("EDU-1"));
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders().get("Location")).singleElement().asString().endsWith("/v1/assets/EDU-1");
        assertThat(created.getData().getVersion()).isEqualTo(1L);

        ApiResponse<InformationAsset> read = assets.getAssetWithHttpInfo("EDU-1");
        String etag = read.getHeaders().get("ETag").get(0);
        InformationAsset asset = read.getData();
        assertThat(etag).isEqualTo("\"1\"");
        assertThat(asset.getLawfulBases()).containsExactly(LawfulBasis.PUBLIC_TASK);
        assertThat(asset.getFormat()).isEqualTo(InformationAsset.FormatEnum.ELECTRONIC);

        ApiResponse<InformationAsset> replaced = assets.replaceAssetWithHttpInfo("EDU-1", etag,
                asset.description("every pupil's record"));
        assertThat(replaced.getStatusCode()).isEqualTo(200);
        assertThat(replaced.getHeaders().get("ETag")).containsExactly("\"2\"");
        assertThat(assets.getAsset("EDU-1").getDescription()).isEqualTo("every pupil's record");

        ApiException stale = catchThrowableOfType(ApiException.class,
                () -> assets.replaceAsset("EDU-1", etag, asset.description("a stale copy").version(1L)));
        Problem problem = problemOf(stale);
        assertThat(stale.getCode()).isEqualTo(412);
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getType()).isEqualTo("urn:igkit:problem:precondition-failed");
        assertThat(assets.getAsset("EDU-1").getDescription()).isEqualTo("every pupil's record");
    }

    @Test
    @DisplayName("A request received is listed with its stored deadline, typed")
    void listsRequests() throws ApiException {
        RequestsApi requests = new RequestsApi(client);
        requests.receiveRequest(new NewRequest().id("R-1").regime("FOIA").nation("ENGLAND").reference("FOI-1")
                .requesterCategory("JOURNALIST").received(LocalDate.of(2024, 10, 2)));

        InformationRequestPage page = requests.listRequests(null, 10, null);

        assertThat(page.getNext()).isNull();
        assertThat(page.getItems()).singleElement().satisfies(request -> {
            assertThat(request.getId()).isEqualTo("R-1");
            assertThat(request.getNation()).isEqualTo(InformationRequest.NationEnum.ENGLAND);
            assertThat(request.getReceived()).isEqualTo(LocalDate.of(2024, 10, 2));
            assertThat(request.getDueDate()).isEqualTo(LocalDate.of(2024, 10, 30));
            assertThat(request.getVersion()).isEqualTo(1L);
        });
    }

    @Test
    @DisplayName("A refused calculation is a typed 422 Problem whose errors name the refused field")
    void readsAValidationProblem() {
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new CalculatorsApi(client).calculateDeadline(new DeadlineRequest().regime("FOIA").nation("ENGLAND")));
        Problem problem = problemOf(refused);

        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).isEqualTo("urn:igkit:problem:validation");
        assertThat(problem.getErrors()).extracting(FieldError::getPath).contains("received");
    }

    private Problem problemOf(ApiException e) {
        assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        try {
            return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("not a Problem: " + e.getResponseBody(), unreadable);
        }
    }

    private static InformationAsset pupilRecords(String id) {
        return new InformationAsset().id(id).name("Pupil records").businessArea("Education")
                .format(InformationAsset.FormatEnum.ELECTRONIC).systemOrLocation("MIS")
                .assetOwner("Head teacher").dataOwner("Data manager").personalData(true)
                .criminalOffenceData(false).confidential(false).version(0L)
                .dataSubjectCategories(List.of("pupils")).personalDataCategories(List.of("contact details", "attainment"))
                .role(InformationAsset.RoleEnum.CONTROLLER).classification("OFFICIAL")
                .status(InformationAsset.StatusEnum.ACTIVE)
                .purposes(List.of("education")).lawfulBases(Set.of(LawfulBasis.PUBLIC_TASK));
    }
}
