package org.igkit.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.igkit.rest.assets.AssetResourceTest;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.retention.RetentionRegisterResourceTest;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * At least 10,000 malformed or hostile bodies (seeded, reproducible), spread over every POST and PUT endpoint:
 * none is answered with a 5xx, every refusal is problem+json, and refused requests leave the stores unchanged.
 */
class HostileBodiesProperties {
    /** Bodies per seed; two seeds make 10,000 in all. {@code -Digkit.fuzz.bodies=N} runs more. */
    private static final int BODIES = Integer.getInteger("igkit.fuzz.bodies", 5_000);

    /**
     * An endpoint and a body it accepts, which the generator breaks.
     *
     * @param method POST or PUT
     * @param path   the path
     * @param valid  an accepted body
     * @param contentType the body's media type
     */
    record Endpoint(String method, String path, String valid, String contentType) {
        Endpoint(String method, String path, String valid) {
            this(method, path, valid, "application/json");
        }

        /** True for the registers, whose accepted requests are audited changes. */
        boolean changesState() {
            return path.startsWith("/v1/requests") || path.startsWith("/v1/breaches/FUZZ")
                    || path.startsWith("/v1/assets") || path.startsWith("/v1/records") || path.startsWith("/v1/holds")
                    || path.startsWith("/v1/disposals");
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/v1/requests", "{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"reference\":\"FOI-1\","
                    + "\"requesterCategory\":\"JOURNALIST\",\"received\":\"2024-10-02\",\"schoolCalendarId\":null}"),
            new Endpoint("POST", "/v1/requests/FUZZ/events", "{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"}"),
            new Endpoint("POST", "/v1/breaches/FUZZ/notifications", "{\"recipient\":\"COMMISSIONER\","
                    + "\"notifiedAt\":\"2024-03-30T10:00:00Z\",\"reference\":\"ICO-1\",\"reasonsForDelay\":null}"),
            new Endpoint("POST", "/v1/breaches/FUZZ/actions", "{\"text\":\"passwords reset\"}"),
            new Endpoint("POST", "/v1/assets", asset("FUZZ-NEW")),
            new Endpoint("PUT", "/v1/assets/FUZZ", asset("FUZZ")),
            new Endpoint("POST", "/v1/records", "{\"id\":\"FUZZ-NEW\",\"schedule\":\"school\",\"entry\":\"C1\","
                    + "\"facts\":{\"closed\":\"2019-01-31\",\"looked_after\":false}}"),
            new Endpoint("POST", "/v1/records/imports?importId=fuzz", "{\"id\":\"FUZZ-IMPORTED\",\"schedule\":\"school\","
                    + "\"entry\":\"C1\",\"facts\":{\"closed\":\"2019-01-31\"}}", "application/x-ndjson"),
            new Endpoint("POST", "/v1/records/FUZZ/facts", "{\"facts\":{\"closed\":\"2019-01-31\"}}"),
            new Endpoint("POST", "/v1/records/FUZZ/reviews", "{\"reviewedOn\":\"2025-02-01\",\"outcome\":\"EXTEND\","
                    + "\"extendBy\":{\"years\":2,\"months\":0,\"days\":0},\"until\":null,\"nextAction\":null,\"reason\":\"claim\"}"),
            new Endpoint("POST", "/v1/holds", "{\"id\":\"H-NEW\",\"recordId\":\"FUZZ\",\"reason\":\"claim\","
                    + "\"authority\":\"legal\",\"placedOn\":\"2026-01-01\"}"),
            new Endpoint("POST", "/v1/holds/H-FUZZ/release", "{\"releasedOn\":\"2026-03-01\",\"reason\":\"withdrawn\"}"),
            new Endpoint("POST", "/v1/disposals", "{\"id\":null,\"asOf\":\"2026-05-09\"}"),
            new Endpoint("POST", "/v1/requests/FUZZ/closure", "{\"on\":\"2024-10-20\",\"outcome\":\"GRANTED\"}"),
            new Endpoint("POST", "/v1/deadlines", "{\"regime\":\"FOIA\",\"nation\":\"ENGLAND\",\"received\":\"2024-10-02\","
                    + "\"events\":[{\"type\":\"clarification_requested\",\"date\":\"2024-10-03\"},"
                    + "{\"type\":\"clarification_received\",\"date\":\"2024-10-10\"}],\"asOf\":\"2024-10-15\","
                    + "\"schoolCalendar\":{\"terms\":[{\"start\":\"2024-09-02\",\"end\":\"2025-07-22\"}],"
                    + "\"closures\":[{\"start\":\"2024-10-28\",\"end\":\"2024-11-01\"}]}}"),
            new Endpoint("POST", "/v1/retention/calculations", "{\"rule\":{\"when\":{\"condition\":{\"allOf\":["
                    + "{\"present\":\"closed\"},{\"not\":{\"flag\":\"looked_after\"}},{\"ageAtAtLeast\":{\"at\":\"closed\",\"years\":18}}]},"
                    + "\"then\":{\"laterOf\":[{\"plus\":{\"of\":{\"fact\":\"closed\"},\"years\":6}},"
                    + "{\"endOf\":{\"of\":{\"fact\":\"dateOfBirth\"},\"period\":\"ACADEMIC_YEAR\",\"yearStart\":\"--09-01\"}}]},"
                    + "\"else\":{\"earlierOf\":[{\"fact\":\"closed\"},{\"permanent\":true}]}}},"
                    + "\"action\":\"SECURE_DESTROY\",\"facts\":{\"dateOfBirth\":\"2001-05-10\",\"closed\":\"2020-01-01\",\"looked_after\":true},"
                    + "\"holds\":[{\"id\":\"H1\",\"reason\":\"claim\",\"placedOn\":\"2024-01-01\",\"releasedOn\":\"2025-01-01\"}],"
                    + "\"reviews\":[{\"reviewedOn\":\"2025-02-01\",\"outcome\":\"EXTEND\",\"extendBy\":{\"years\":1},\"reason\":\"audit\"}],"
                    + "\"asOf\":\"2026-05-09\",\"options\":{\"financialYearStart\":\"--04-01\",\"academicYearStart\":\"--09-01\","
                    + "\"taxYearStart\":\"--04-06\",\"leapDayPolicy\":\"FEB_28\"}}"),
            new Endpoint("POST", "/v1/breaches/assessments", "{\"awareness\":\"2024-03-29T16:00:00Z\",\"regimes\":[\"UK_GDPR\",\"NHS_DSPT\"],"
                    + "\"breachTypes\":[\"CONFIDENTIALITY\"],\"enisa\":{\"dpc\":2,\"dataCategories\":[{\"category\":\"SIMPLE\",\"basic\":1,"
                    + "\"score\":2,\"justification\":\"pupils\"}],\"ei\":0.75,\"confidentiality\":0.25,\"integrity\":0,\"availability\":0,"
                    + "\"malicious\":false},\"protection\":\"NONE\",\"individuals\":120,\"exfiltration\":\"POSSIBLE\",\"backupAvailable\":true,"
                    + "\"restorationHours\":4,\"effectOnIndividuals\":\"NONE\",\"mitigations\":[{\"kind\":\"RECIPIENT_DELETED\","
                    + "\"description\":\"deleted\",\"verified\":true}],\"dspt\":{\"likelihood\":3,\"severity\":2},"
                    + "\"notifiedAt\":\"2024-03-30T10:00:00Z\",\"override\":{\"tier\":\"RISK\",\"justification\":\"cautious\"},"
                    + "\"report\":{\"description\":\"email to wrong list\",\"approximateRecords\":120}}"),
            new Endpoint("POST", "/v1/breaches/FUZZ/assessments", "{\"awareness\":\"2024-03-29T16:00:00Z\",\"regimes\":[\"UK_GDPR\",\"NHS_DSPT\"],"
                    + "\"breachTypes\":[\"CONFIDENTIALITY\"],\"enisa\":{\"dpc\":2,\"dataCategories\":[{\"category\":\"SIMPLE\",\"basic\":1,"
                    + "\"score\":2,\"justification\":\"pupils\"}],\"ei\":0.75,\"confidentiality\":0.25,\"integrity\":0,\"availability\":0,"
                    + "\"malicious\":false},\"protection\":\"NONE\",\"individuals\":120,\"exfiltration\":\"POSSIBLE\",\"backupAvailable\":true,"
                    + "\"restorationHours\":4,\"effectOnIndividuals\":\"NONE\",\"mitigations\":[{\"kind\":\"RECIPIENT_DELETED\","
                    + "\"description\":\"deleted\",\"verified\":true}],\"dspt\":{\"likelihood\":3,\"severity\":2},"
                    + "\"notifiedAt\":\"2024-03-30T10:00:00Z\",\"override\":{\"tier\":\"RISK\",\"justification\":\"cautious\"},"
                    + "\"report\":{\"description\":\"email to wrong list\",\"approximateRecords\":120}}"));

    private static final List<String> VOCABULARY = List.of("regime", "nation", "received", "events", "type", "date", "asOf",
            "schoolCalendar", "terms", "closures", "start", "end", "rule", "ruleText", "action", "facts", "holds", "reviews",
            "options", "fact", "plus", "of", "years", "months", "days", "endOf", "period", "yearStart", "laterOf", "earlierOf",
            "permanent", "when", "condition", "then", "else", "present", "flag", "ageAtAtLeast", "at", "birth", "not", "allOf",
            "anyOf", "awareness", "regimes", "breachTypes", "enisa", "dpc", "dataCategories", "category", "basic", "score",
            "ei", "confidentiality", "integrity", "availability", "malicious", "dspt", "likelihood", "severity", "override",
            "tier", "justification", "mitigations", "kind", "verified", "id", "reason", "placedOn", "releasedOn", "reference",
            "requesterCategory", "schoolCalendarId", "on", "outcome", "recipient", "notifiedAt", "text", "summary", "name",
            "businessArea", "format", "schedule", "entry", "recordId", "authority", "reviewedOn", "extendBy", "systemOrLocation", "assetOwner", "dataOwner", "personalData", "lawfulBases", "version");

    private static RunningServer server;

    private static String asset(String id) {
        try {
            return AssetResourceTest.anAsset(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        Reply fuzz = server.post("/v1/requests", "{\"id\":\"FUZZ\",\"regime\":\"FOIA\",\"reference\":\"FUZZ\","
                + "\"requesterCategory\":\"BUSINESS\",\"received\":\"2024-10-02\"}");
        assertThat(fuzz.status()).as(fuzz.toString()).isEqualTo(201);
        Reply breach = server.post("/v1/breaches", "{\"id\":\"FUZZ\",\"reference\":\"FUZZ\",\"summary\":\"fuzz\",\"facts\":"
                + "{\"awareness\":\"2024-03-29T16:00:00Z\",\"regimes\":[\"UK_GDPR\"],\"breachTypes\":[\"CONFIDENTIALITY\"],"
                + "\"enisa\":{\"dpc\":1,\"ei\":1}}}");
        assertThat(breach.status()).as(breach.toString()).isEqualTo(201);
        Reply schedule = server.send("POST", "/v1/schedules?id=school&title=School", RetentionRegisterResourceTest.CSV,
                "Authorization", "Bearer " + RunningServer.ADMIN, "Content-Type", "text/csv");
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(201);
        Reply record = server.post("/v1/records", "{\"id\":\"FUZZ\",\"schedule\":\"school\",\"entry\":\"C1\",\"facts\":{}}");
        assertThat(record.status()).as(record.toString()).isEqualTo(201);
        Reply hold = server.post("/v1/holds", "{\"id\":\"H-FUZZ\",\"recordId\":\"FUZZ\",\"reason\":\"x\",\"authority\":\"y\"}");
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        Reply asset = server.post("/v1/assets", asset("FUZZ"));
        assertThat(asset.status()).as(asset.toString()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> seeds() {
        return Stream.of(Arguments.of(20261121L), Arguments.of(8L));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noHostileBodyGetsA5xxOrChangesAnything(long seed) throws Exception {
        long auditBefore = server.server().root().auditLog().size();
        long batchesBefore = importBatchesAudited();
        HostileBodies bodies = new HostileBodies(seed, VOCABULARY);
        List<HttpRequest> requests = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < BODIES; i++) {
            Endpoint endpoint = ENDPOINTS.get(i % ENDPOINTS.size());
            String body = bodies.next(endpoint.valid());
            sent.add(endpoint.path() + " " + body);
            requests.add(HttpRequest.newBuilder(server.uri(endpoint.path()))
                    .header("Content-Type", endpoint.contentType()).header("Authorization", "Bearer " + RunningServer.ADMIN)
                    // a real tag: If-Match: * is refused (428) before a body is looked at; once a fuzzed update is
                    // accepted, "1" goes stale and later updates of that entity are 412s
                    .header("If-Match", "\"1\"")
                    .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body)).build());
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                done.add(clients.submit(() -> {
                    for (int i = first; i < requests.size(); i += 4) {
                        Reply reply = RunningServer.exchange(requests.get(i));
                        if (reply.status() / 100 == 2 && ENDPOINTS.get(i % ENDPOINTS.size()).changesState()) {
                            accepted.incrementAndGet();
                        }
                        statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger()).incrementAndGet();
                        boolean problem = reply.status() / 100 == 2
                                || reply.header("Content-Type").orElse("").equals("application/problem+json");
                        if (reply.status() >= 500 || !problem) {
                            failures.add("seed " + seed + " #" + i + " -> " + reply.status() + " " + reply.body()
                                    + "\n   sent " + abbreviate(sent.get(i)));
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(failures).as("statuses " + statuses).isEmpty();
        assertThat(statuses.keySet()).as("statuses").allMatch(s -> List.of(200, 201, 400, 404, 409, 412, 413, 422).contains(s));
        assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(BODIES);
        // every change is audited, so an audit log that grew by exactly the accepted changes shows that no refused
        // request wrote anything; an accepted import also audits each batch it committed first (once, not per rerun)
        assertThat(server.server().root().auditLog().size() - auditBefore)
                .isEqualTo(accepted.get() + importBatchesAudited() - batchesBefore);
        assertThat(server.server().root().auditLog().verify().isIntact()).isTrue();
    }

    private static long importBatchesAudited() {
        return server.server().root().auditLog().forSubject("import", "fuzz").stream()
                .filter(e -> e.event().action().equals("records.import-batch")).count();
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
