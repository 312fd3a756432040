package org.igkit.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
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
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.paging.PageRequest;
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
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryLegalHoldRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.rule.LeapDayPolicy;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RetentionCalendar;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleCsv;
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
    static final String BREACH_FACTS = "{\"awareness\": \"2024-03-29T16:00:00Z\", \"regimes\": [\"UK_GDPR\"], "
            + "\"breachTypes\": [\"CONFIDENTIALITY\"], \"enisa\": {\"dpc\": 2, \"dataCategories\": [{\"category\": \"SIMPLE\", "
            + "\"basic\": 1, \"score\": 2, \"justification\": \"contact details of pupils\"}], \"ei\": 0.75, \"confidentiality\": 0.25, "
            + "\"integrity\": 0, \"availability\": 0, \"malicious\": false}, \"protection\": \"NONE\", \"specialCategories\": false, "
            + "\"individuals\": 120, \"vulnerableSubjects\": false, \"exfiltration\": \"POSSIBLE\", \"backupAvailable\": true, "
            + "\"restorationHours\": 4, \"effectOnIndividuals\": \"NONE\", \"mitigations\": [], \"dspt\": {\"likelihood\": 3, \"severity\": 2}}";

    static final String SCHEDULE_HEADER = "id,classRef,title,rule,action,sourceWording,citations,effectiveFrom,"
            + "effectiveTo,authority,verified\n";
    static final String ELECTIONS = "S3,1.1.3,Election of parent and staff governors,electionDate + 6m,"
            + "SECURE_DESTROY,Date of election + 6 months,IRMS Information Management Toolkit for Schools 2019,"
            + "2000-01-01,,APPROVED,false\n";
    static final String SCHEDULE_V1 = SCHEDULE_HEADER + ELECTIONS
            + "C1,2.1,Contracts,closed + 6y,DESTROY,Closure + 6 years,Limitation Act 1980 s.5,2000-01-01,,APPROVED,false\n";
    /** From 2026 contracts follow s.8 (deeds): the old version of C1 ends, a new one begins; S3 is unchanged. */
    private static final String SCHEDULE_V2 = SCHEDULE_HEADER + ELECTIONS
            + "C1,2.1,Contracts,closed + 6y,DESTROY,Closure + 6 years,Limitation Act 1980 s.5,2000-01-01,2025-12-31,"
            + "APPROVED,false\n"
            + "C1,2.1,Contracts under seal,closed + 12y,DESTROY,Closure + 12 years,Limitation Act 1980 s.8,2026-01-01,,"
            + "APPROVED,false\n";

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

    @Test
    @DisplayName("Retention: the Java API audits the same actions, with the same changed entries, as HTTP")
    void retentionAuditsTheSameThroughEitherSide() {
        assertThat(sendAs(RunningServer.RECORDS_MANAGER, "POST", "/v1/schedules?id=school&title=School", "text/csv",
                SCHEDULE_V1).status()).isEqualTo(201);
        Reply replaced = sendAs(RunningServer.RECORDS_MANAGER, "PUT", "/v1/schedules/school", "text/csv", SCHEDULE_V2,
                "If-Match", "\"1\"");
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        assertThat(sendAs(RunningServer.RECORDS_MANAGER, "POST", "/v1/records", "application/json",
                "{\"id\":\"CON-1\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{\"closed\":\"2019-01-31\"}}")
                .status()).isEqualTo(201);
        assertThat(sendAs(RunningServer.RECORDS_MANAGER, "POST", "/v1/holds", "application/json",
                "{\"id\":\"H-1\",\"recordId\":\"CON-1\",\"reason\":\"litigation\",\"authority\":\"legal\","
                        + "\"placedOn\":\"2026-04-01\"}").status()).isEqualTo(201);
        assertThat(sendAs(RunningServer.RECORDS_MANAGER, "POST", "/v1/holds/H-1/release", "application/json",
                "{\"releasedOn\":\"2026-05-01\",\"reason\":\"settled\"}").status()).isEqualTo(200);

        // the same changes through the Java API, on ports of their own, so the two trails can be compared whole
        InMemoryAuditLog javaAudit = InMemoryAuditLog.create();
        ServerSettings settings = RunningServer.settings(Map.of());
        RetentionCalendar calendar = RetentionCalendar.of(settings.financialYearStart(), settings.academicYearStart(),
                settings.taxYearStart(), LeapDayPolicy.valueOf(settings.leapDayPolicy()));
        RetentionRegister register = RetentionRegister.over(RetentionPorts.of(InMemoryRecordRepository.create(),
                InMemoryScheduleRepository.create(), InMemoryLegalHoldRepository.create(),
                InMemoryDisposalBatchRepository.create(), javaAudit), RetentionCalculator.using(calendar), CLOCK);
        Schedule uploaded = register.uploadSchedule(
                ScheduleCsv.read("school", "School", "", new StringReader(SCHEDULE_V1)), "embedder");
        register.replaceSchedule(ScheduleCsv.read("school", "School", "", new StringReader(SCHEDULE_V2)),
                uploaded.version(), "embedder");
        register.file("CON-1", EntryRef.of("school", "C1"),
                RecordFacts.from(Map.of("closed", LocalDate.of(2019, 1, 31))), "embedder");
        register.placeHold(LegalHold.placed("H-1", "CON-1", "litigation", "legal", LocalDate.of(2026, 4, 1)),
                "embedder");
        register.releaseHold("H-1", LocalDate.of(2026, 5, 1), "settled", "embedder");

        List<String> overHttp = changes(audit);
        assertThat(overHttp).isEqualTo(changes(javaAudit)).containsExactly(
                "schedule.uploaded schedule/school {entries=S3@2000-01-01,C1@2000-01-01, version=1}",
                "schedule.replaced schedule/school {added=C1@2026-01-01, changed=C1@2000-01-01, removed=, version=2}",
                // filed on 9 May 2026, under the version of C1 in force then: closure + 12 years
                "record.filed record/CON-1 {dueDate=2031-01-31, entry=school/C1}",
                "hold.placed record/CON-1 {hold=H-1, reason=litigation}",
                "hold.released record/CON-1 {hold=H-1, reason=settled}");
    }

    /** What each retention entry of {@code log} records, less who did it: action, subject and details. */
    private static List<String> changes(InMemoryAuditLog log) {
        return log.read(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().map(AuditEntry::event)
                .filter(e -> e.subjectType().equals("schedule") || e.subjectType().equals("record"))
                .map(e -> e.action() + " " + e.subjectType() + "/" + e.subjectId() + " " + e.details())
                .toList();
    }

    private List<String> actions(String subjectType, String id) {
        return audit.forSubject(subjectType, id).stream().map(e -> e.event().action()).toList();
    }

    private Reply send(String method, String path, String body, String... more) {
        return sendAs(RunningServer.DPO, method, path, "application/json", body, more);
    }

    private Reply sendAs(String key, String method, String path, String contentType, String body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + key;
        headers[2] = "Content-Type";
        headers[3] = contentType;
        System.arraycopy(more, 0, headers, 4, more.length);
        return RunningServer.exchange(java.net.http.HttpRequest.newBuilder(server.uri().resolve(path.substring(1)))
                .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .headers(headers).build());
    }
}
