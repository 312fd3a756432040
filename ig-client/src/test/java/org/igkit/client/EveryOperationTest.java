package org.igkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.client.invoker.ApiResponse;
import org.igkit.client.model.AssessmentRequest;
import org.igkit.client.model.AssessmentResponse;
import org.igkit.client.model.Breach;
import org.igkit.client.model.CalculationRequest;
import org.igkit.client.model.CalculationResponse;
import org.igkit.client.model.Checkpoint;
import org.igkit.client.model.Closure;
import org.igkit.client.model.DeadlineRequest;
import org.igkit.client.model.DeadlineResponse;
import org.igkit.client.model.DisposalBatch;
import org.igkit.client.model.DisposalSweep;
import org.igkit.client.model.Facts;
import org.igkit.client.model.Hold;
import org.igkit.client.model.ImportReport;
import org.igkit.client.model.InformationAsset;
import org.igkit.client.model.InformationRequest;
import org.igkit.client.model.NewBreach;
import org.igkit.client.model.NewEvent;
import org.igkit.client.model.NewHold;
import org.igkit.client.model.NewNotification;
import org.igkit.client.model.NewRecord;
import org.igkit.client.model.NewRequest;
import org.igkit.client.model.Note;
import org.igkit.client.model.Record;
import org.igkit.client.model.Release;
import org.igkit.client.model.ReviewJson;
import org.igkit.client.model.Schedule;
import org.igkit.client.model.ScheduleSummary;
import org.igkit.client.model.Sweep;

/**
 * Every operation of the document, called through the typed client against the real server (SQLite store), each
 * answer read into its model by a mapper that refuses unknown fields. The last assertion compares the operations
 * the requests reached with the document's list, so an operation added to the server without a call here fails.
 */
class EveryOperationTest {
    /** A breach of 120 people's contact details, ENISA band LOW. */
    private static final String BREACH_FACTS = "{\"awareness\": \"2024-03-29T16:00:00Z\", \"regimes\": [\"UK_GDPR\"], "
            + "\"breachTypes\": [\"CONFIDENTIALITY\"], \"enisa\": {\"dpc\": 2, \"ei\": 0.75, \"confidentiality\": 0.25, "
            + "\"integrity\": 0, \"availability\": 0, \"malicious\": false}, \"individuals\": 120}";
    /** A breach that need not be reported: one letter, retrieved unopened. */
    private static final String MINOR_BREACH = "{\"awareness\": \"2024-03-29T16:00:00Z\", \"regimes\": [\"UK_GDPR\"], "
            + "\"breachTypes\": [\"CONFIDENTIALITY\"], \"enisa\": {\"dpc\": 1, \"ei\": 0.25, \"confidentiality\": 0, "
            + "\"integrity\": 0, \"availability\": 0, \"malicious\": false}, \"individuals\": 1, "
            + "\"exfiltration\": \"EXCLUDED_BY_EVIDENCE\"}";
    /** Governors' election papers (IRMS toolkit 1.1.3) and contracts (Limitation Act 1980 s.5). */
    static final String SCHEDULE_CSV = "id,classRef,title,rule,action,sourceWording,citations,effectiveFrom,effectiveTo,"
            + "authority,verified\n"
            + "S3,1.1.3,Election of parent and staff governors,electionDate + 6m,SECURE_DESTROY,Date of election + 6 months,"
            + "IRMS Information Management Toolkit for Schools 2019,2000-01-01,,APPROVED,false\n"
            + "C1,2.1,Contracts,closed + 6y,DESTROY,Closure + 6 years,Limitation Act 1980 s.5,2000-01-01,,APPROVED,false\n";

    private static RealServer server;
    private static IgClient igkit;

    @BeforeAll
    static void start() {
        server = RealServer.start();
        igkit = server.client(RealServer.ADMIN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("Every documented operation answers the typed client, and its answer reads into its model")
    void everyOperation() {
        // server
        assertThat(igkit.server().getHealth().getStatus()).isEqualTo("UP");
        Map<String, Object> document = igkit.server().getOpenApiJson();
        assertThat(document).containsEntry("openapi", "3.1.0");
        assertThat(igkit.server().getOpenApiYaml()).startsWith("openapi: 3.1.0");

        // the three calculators
        DeadlineResponse deadline = igkit.calculators().calculateDeadline(new DeadlineRequest()
                .regime("FOIA").nation("ENGLAND").received("2024-10-02").asOf(LocalDate.of(2024, 10, 15)));
        assertThat(deadline.getDueDate()).isEqualTo(LocalDate.of(2024, 10, 30));
        CalculationResponse retention = igkit.calculators().calculateRetention(json("{\"ruleText\":\"CFY(processed) + 6y\","
                + "\"action\":\"SECURE_DESTROY\",\"facts\":{\"processed\":\"2019-05-10\"},\"asOf\":\"2026-05-09\"}",
                CalculationRequest.class));
        assertThat(retention.getDueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        AssessmentResponse assessment = igkit.calculators().assessBreach(json(BREACH_FACTS, AssessmentRequest.class));
        assertThat(assessment.getNotifyCommissioner().getRequired()).isFalse();

        // assets
        ApiResponse<InformationAsset> created = igkit.assets().addAssetWithHttpInfo(Fixtures.pupilRecords("A-1"));
        assertThat(ETags.of(created)).contains("\"1\"");
        InformationAsset asset = igkit.assets().getAsset("A-1");
        InformationAsset replaced = igkit.assets().replaceAsset("A-1", ETags.of(asset.getVersion()),
                asset.description("every pupil's record"));
        assertThat(replaced.getVersion()).isEqualTo(2L);
        assertThat(igkit.assets().listAssets(null, null, 10, null).getItems()).extracting(InformationAsset::getId)
                .containsExactly("A-1");
        assertThat(igkit.assets().getRopa().getControllerRecord()).isNotEmpty();
        assertThat(igkit.assets().getRopaCsv("controller")).contains("Pupil records");
        assertThat(igkit.assets().getPublicRegister()).isNotEmpty();
        assertThat(igkit.assets().getPublicRegisterCsv()).contains("Pupil records");

        // requests
        InformationRequest request = igkit.requests().receiveRequest(new NewRequest().id("R-1").regime("FOIA")
                .nation("ENGLAND").reference("FOI-1").requesterCategory("JOURNALIST").received(LocalDate.of(2024, 10, 2)));
        assertThat(igkit.requests().listRequests(null, null, null).getItems()).hasSize(1);
        assertThat(igkit.requests().getRequest("R-1").getDueDate()).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(igkit.requests().getRequestDeadline("R-1", LocalDate.of(2024, 10, 15)).getStatus()).isEqualTo("open");
        InformationRequest paused = igkit.requests().addRequestEvent("R-1", ETags.of(request.getVersion()),
                new NewEvent().type("clarification_requested").date(LocalDate.of(2024, 10, 3)));
        InformationRequest closed = igkit.requests().closeRequest("R-1", ETags.of(paused.getVersion()),
                new Closure().on(LocalDate.of(2024, 10, 20)).outcome("GRANTED"));
        assertThat(closed.getClosedOn()).isEqualTo(LocalDate.of(2024, 10, 20));
        assertThat(igkit.requests().getRequestStatistics(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).isNotNull();

        // breaches
        Breach breach = igkit.breaches().logBreach(json("{\"id\":\"B-1\",\"reference\":\"INC-7\","
                + "\"summary\":\"class list emailed to the wrong parents\",\"facts\":" + BREACH_FACTS + "}", NewBreach.class));
        assertThat(igkit.breaches().listBreaches(null, null, null, null).getItems()).hasSize(1);
        assertThat(igkit.breaches().getBreach("B-1").getId()).isEqualTo("B-1");
        assertThat(igkit.breaches().getBreachReport("B-1")).isNotNull();
        Breach reassessed = igkit.breaches().reassessBreach("B-1", ETags.of(breach.getVersion()),
                json(BREACH_FACTS, AssessmentRequest.class));
        Breach notified = igkit.breaches().recordBreachNotification("B-1", ETags.of(reassessed.getVersion()),
                new NewNotification().recipient(NewNotification.RecipientEnum.COMMISSIONER)
                        .notifiedAt(OffsetDateTime.parse("2024-03-30T10:00:00Z")).reference("ICO-1"));
        Breach acted = igkit.breaches().recordBreachAction("B-1", ETags.of(notified.getVersion()),
                new Note().text("recalled the email"));
        Breach learned = igkit.breaches().recordBreachLessonsLearned("B-1", ETags.of(acted.getVersion()),
                new Note().text("check recipients before sending"));
        Breach closedBreach = igkit.breaches().closeBreach("B-1", ETags.of(learned.getVersion()));
        assertThat(closedBreach.getVersion()).isGreaterThan(learned.getVersion());
        Breach minor = igkit.breaches().logBreach(json("{\"id\":\"B-2\",\"reference\":\"BR-2\","
                + "\"summary\":\"one letter to the wrong address, retrieved unopened\",\"facts\":" + MINOR_BREACH + "}",
                NewBreach.class));
        igkit.breaches().recordBreachReasonNotNotifying("B-2", ETags.of(minor.getVersion()),
                new Note().text("unlikely to result in a risk: retrieved unopened"));
        assertThat(igkit.breaches().getBreachStatistics(OffsetDateTime.parse("2024-01-01T00:00:00Z"),
                OffsetDateTime.parse("2025-01-01T00:00:00Z"))).isNotNull();

        // retention: schedules, records, imports, holds, disposal
        ScheduleSummary uploaded = igkit.retention().uploadSchedule(SCHEDULE_CSV, "school", "School schedule", null);
        assertThat(igkit.retention().listSchedules(null, null).getItems()).extracting(ScheduleSummary::getId)
                .containsExactly("school");
        Schedule schedule = igkit.retention().getSchedule("school");
        assertThat(schedule.getEntries()).hasSize(2);
        igkit.retention().replaceSchedule("school", ETags.of(uploaded.getVersion()), SCHEDULE_CSV, "School schedule", null);
        Record record = igkit.retention().fileRecord(new NewRecord().id("CON-1").schedule("school").entry("C1")
                .facts(Map.of("closed", "2010-01-31")));
        assertThat(record.getDueDate()).isEqualTo(LocalDate.of(2016, 1, 31));
        assertThat(igkit.retention().listDueRecords(LocalDate.of(2026, 5, 9), null, null).getItems())
                .extracting(Record::getId).containsExactly("CON-1");
        assertThat(igkit.retention().getRecord("CON-1").getId()).isEqualTo("CON-1");
        assertThat(igkit.retention().getRecordRetention("CON-1", LocalDate.of(2026, 5, 9)).getStatus()).isEqualTo("DUE");
        Record facts = igkit.retention().replaceRecordFacts("CON-1", ETags.of(record.getVersion()),
                new Facts().facts(Map.of("closed", "2010-01-31")));
        igkit.retention().recordReview("CON-1", ETags.of(facts.getVersion()), json("{\"reviewedOn\":\"2025-02-01\","
                + "\"outcome\":\"EXTEND\",\"extendBy\":{\"years\":1},\"reason\":\"checked\"}", ReviewJson.class));
        ImportReport imported = igkit.retention().importRecords(
                "{\"id\":\"CON-2\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{\"closed\":\"2010-01-31\"}}\n",
                "import-1", null);
        assertThat(imported.getRowsAdded()).isEqualTo(1L);
        Hold hold = igkit.retention().placeHold(new NewHold().id("H-1").recordId("CON-2").reason("claim")
                .authority("legal").placedOn(LocalDate.of(2026, 1, 1)));
        assertThat(hold.getId()).isEqualTo("H-1");
        igkit.retention().releaseHold("H-1", new Release().releasedOn(LocalDate.of(2026, 3, 1)).reason("claim withdrawn"));
        DisposalSweep swept = igkit.retention().sweepDisposals(new Sweep().id("D-1").asOf(LocalDate.of(2030, 5, 9)));
        assertThat(igkit.retention().listDisposals(null, null).getItems()).hasSize(1);
        DisposalBatch batch = igkit.retention().getDisposal("D-1");
        assertThat(igkit.retention().listDisposalCandidates("D-1", 10, null).getItems()).isNotEmpty();
        DisposalBatch approved = igkit.retention().approveDisposal("D-1", ETags.of(batch.getVersion()));
        igkit.retention().executeDisposal("D-1", ETags.of(approved.getVersion()));
        assertThat(igkit.retention().getDisposalCertificate("D-1")).isNotNull();
        assertThat(swept).isNotNull();

        // audit
        assertThat(igkit.audit().listAuditEntries(null, null, null, null).getItems()).isNotEmpty();
        assertThat(igkit.audit().verifyAuditChain(null).getIntact()).isTrue();
        Checkpoint checkpoint = igkit.audit().signAuditCheckpoint();
        assertThat(igkit.audit().listAuditCheckpoints()).isNotNull();
        assertThat(igkit.audit().verifyAuditChain(checkpoint.getText()).getIntact()).isTrue();

        // The assurance operations (issue 17) landed after this test was written: the client generates their
        // methods, but this walk does not call them yet, so they are held apart by name and not counted as reached.
        // Issue 19 stays open until the walk covers them.
        Set<String> expected = new TreeSet<>(operationsOf(document));
        expected.removeIf(EveryOperationTest::isAssurance);
        assertThat(operationsReached(document)).as("the operations the client's requests reached")
                .isEqualTo(expected);
    }

    private static boolean isAssurance(String operation) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        return List.of("/v1/policies", "/v1/attestations", "/v1/training", "/v1/dpias", "/v1/sharing-agreements",
                "/v1/roles", "/v1/dspt", "/v1/reports/board").stream().anyMatch(path::startsWith);
    }

    private static <T> T json(String body, Class<T> type) {
        try {
            return igkit.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + body, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operationsOf(Map<String, Object> document) {
        Set<String> operations = new TreeSet<>();
        ((Map<String, Object>) document.get("paths")).forEach((path, item) -> ((Map<String, Object>) item).keySet()
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    /** Each request sent, as the document's "METHOD /path/{template}" it matches (literal paths win). */
    private static Set<String> operationsReached(Map<String, Object> document) {
        List<String> templates = operationsOf(document).stream()
                .sorted(Comparator.comparingLong((String t) -> t.chars().filter(c -> c == '{').count())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        Set<String> reached = new TreeSet<>();
        for (HttpRequest request : server.sent()) {
            String sent = request.method() + " " + request.uri().getPath();
            templates.stream()
                    .filter(template -> Pattern.matches(template.replaceAll("\\{[^}]+}", "[^/]+"), sent))
                    .findFirst()
                    .ifPresent(reached::add);
        }
        return reached;
    }
}
