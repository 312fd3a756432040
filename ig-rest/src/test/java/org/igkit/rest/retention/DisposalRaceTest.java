package org.igkit.rest.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * Issue 20, defects 12 and 9, over HTTP: two servers on one SQLite file receive the same sweep, the same approval
 * and the same execution at the same moment (released together by a latch). Exactly one of each succeeds, every
 * disposed record has exactly one {@code record.disposed} entry, and a refused request wrote no entry. Lists carry a
 * summary per batch, and a batch's candidates are read a page at a time.
 */
class DisposalRaceTest {
    private static final int RECORDS = 6;
    private static final int ROUNDS = 3;

    @TempDir
    Path directory;

    private RunningServer first;
    private RunningServer second;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void start() {
        Map<String, String> sameFile = Map.of("ig.store.path", directory.resolve("igkit.db").toString());
        first = RunningServer.start(sameFile);
        second = RunningServer.start(sameFile);
        Reply uploaded = first.send("POST", "/v1/schedules?id=school&title=School%20schedule",
                RetentionRegisterResourceTest.CSV, "Authorization", "Bearer " + RunningServer.RECORDS_MANAGER,
                "Content-Type", "text/csv");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        second.close();
        first.close();
    }

    private static Reply as(RunningServer server, String method, String path, String body, String... more) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + RunningServer.RECORDS_MANAGER));
        if (body != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
        }
        headers.addAll(List.of(more));
        return server.send(method, path, body, headers.toArray(String[]::new));
    }

    /** Sends both requests released together, and answers their replies. */
    private List<Reply> race(Supplier<Reply> one, Supplier<Reply> other) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> sent = new ArrayList<>();
        for (Supplier<Reply> request : List.of(one, other)) {
            sent.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return request.get();
            }));
        }
        ready.await();
        go.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> reply : sent) {
            replies.add(reply.get());
        }
        return replies;
    }

    private List<String> actions(String subjectType, String subjectId) {
        Reply read = first.send("GET", "/v1/audit?subjectType=" + subjectType + "&subjectId=" + subjectId, null,
                "Authorization", "Bearer " + RunningServer.DPO);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode items = read.json().path("items");
        List<String> actions = new ArrayList<>();
        items.forEach(e -> actions.add(e.path("action").asText()));
        return actions;
    }

    private static Reply succeeded(List<Reply> replies, int status) {
        assertThat(replies).extracting(Reply::status).as(replies.toString()).containsOnlyOnce(status);
        assertThat(replies).extracting(Reply::status).as(replies.toString()).allMatch(s -> s == status || s == 409 || s == 412);
        return replies.stream().filter(r -> r.status() == status).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("Two sweeps, two approvals, two executions at the same moment on two servers: one each, every record audited once")
    void racesOnTwoServers() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < RECORDS; i++) {
                String id = "CON-" + round + "-" + i;
                ids.add(id);
                Reply filed = as(first, "POST", "/v1/records", "{\"id\":\"" + id + "\",\"schedule\":\"school\","
                        + "\"entry\":\"C1\",\"facts\":{\"closed\":\"2010-01-31\"}}");
                assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
            }
            String batch = "D-" + round;
            String sweep = "{\"id\":\"" + batch + "\",\"asOf\":\"2026-05-09\"}";
            Reply swept = succeeded(race(() -> as(first, "POST", "/v1/disposals", sweep),
                    () -> as(second, "POST", "/v1/disposals", sweep)), 201);
            assertThat(swept.json().path("candidates").findValuesAsText("recordId")).containsExactlyElementsOf(ids);
            assertThat(swept.json().path("moreRemain").asBoolean()).isFalse();
            assertThat(actions("disposal-batch", batch)).containsExactly("disposal.swept");

            String proposed = swept.header("ETag").orElseThrow();
            String approval = "/v1/disposals/" + batch + "/approval";
            Reply approved = succeeded(race(() -> as(first, "POST", approval, null, "If-Match", proposed),
                    () -> as(second, "POST", approval, null, "If-Match", proposed)), 200);
            assertThat(actions("disposal-batch", batch)).containsExactly("disposal.swept", "disposal.approved");

            String etag = approved.header("ETag").orElseThrow();
            String execution = "/v1/disposals/" + batch + "/execution";
            Reply executed = succeeded(race(() -> as(first, "POST", execution, null, "If-Match", etag),
                    () -> as(second, "POST", execution, null, "If-Match", etag)), 200);
            assertThat(executed.json().path("state").asText()).isEqualTo("EXECUTED");
            assertThat(executed.json().path("certificate").path("disposed").size()).isEqualTo(RECORDS);
            assertThat(actions("disposal-batch", batch))
                    .containsExactly("disposal.swept", "disposal.approved", "disposal.executed");
            for (String id : ids) {
                assertThat(actions("record", id)).as(id).containsExactly("record.filed", "record.disposed");
                assertThat(as(second, "GET", "/v1/records/" + id, null).json().path("disposed").asBoolean()).isTrue();
            }
        }
        assertThat(first.send("GET", "/v1/audit/verification", null, "Authorization", "Bearer " + RunningServer.DPO)
                .json().path("intact").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("Lists carry a summary per batch; a batch's candidates are paged; a second sweep takes no record twice")
    void listsSummariseAndCandidatesArePaged() {
        for (int i = 0; i < 5; i++) {
            assertThat(as(first, "POST", "/v1/records", "{\"id\":\"CON-" + i + "\",\"schedule\":\"school\","
                    + "\"entry\":\"C1\",\"facts\":{\"closed\":\"2010-01-31\"}}").status()).isEqualTo(201);
        }
        Reply swept = as(first, "POST", "/v1/disposals", "{\"id\":\"D-1\",\"asOf\":\"2026-05-09\"}");
        assertThat(swept.status()).as(swept.toString()).isEqualTo(201);
        assertThat(swept.json().path("explanation").asText()).contains("5 record(s)");
        Reply again = as(second, "POST", "/v1/disposals", "{\"id\":\"D-2\",\"asOf\":\"2026-05-09\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().path("candidates").size()).as("every due record is in the open batch D-1").isZero();

        Reply listed = server(RunningServer.READER, "/v1/disposals?limit=1");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode item = listed.json().path("items").get(0);
        assertThat(item.path("id").asText()).isEqualTo("D-1");
        assertThat(item.path("candidateCount").asInt()).isEqualTo(5);
        assertThat(item.path("state").asText()).isEqualTo("PROPOSED");
        assertThat(item.has("candidates")).as("a list item does not embed its candidates").isFalse();

        List<String> read = new ArrayList<>();
        String path = "/v1/disposals/D-1/candidates?limit=2";
        while (path != null) {
            Reply page = server(RunningServer.READER, path);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().path("items").size()).isLessThanOrEqualTo(2);
            read.addAll(page.json().path("items").findValuesAsText("recordId"));
            String next = page.json().path("next").isNull() ? null : page.json().path("next").asText();
            path = next == null ? null : "/v1/disposals/D-1/candidates?limit=2&after=" + next;
        }
        assertThat(read).containsExactly("CON-0", "CON-1", "CON-2", "CON-3", "CON-4");
        assertThat(server(RunningServer.READER, "/v1/disposals/D-1/candidates?after=NOPE").status()).isEqualTo(422);
        assertThat(server(RunningServer.READER, "/v1/disposals/NOPE/candidates").status()).isEqualTo(404);
    }

    private Reply server(String key, String path) {
        return first.send("GET", path, null, "Authorization", "Bearer " + key);
    }
}
