package org.igkit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.igkit.core.error.ConflictException;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.testkit.retention.RecordRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL RecordRepository passes the contract, stores dates as DATE, and loses no concurrent update. */
class PostgresRecordRepositoryTest extends RecordRepositoryContract {
    private TestDatabase database;
    private PostgresStore store;

    @Override
    protected RecordRepository newRepository() {
        database = TestDatabase.fresh();
        store = database.open();
        return store.records();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static RetainedRecord record(String id, LocalDate due) {
        return new RetainedRecord(id, EntryRef.of("sample-school", "S21"),
                RecordFacts.none().withDate("processed", due.minusYears(6)), List.of(), due, Status.DUE,
                LocalDate.of(2026, 5, 9), null, 0);
    }

    @Test
    void datesAreStoredAsDateAndTheDueListHasAPartialIndexOnDueDateAndId() {
        store.records().save(record("R-1", LocalDate.of(2026, 1, 31)));

        assertThat(database.query("SELECT pg_typeof(due_date)::text FROM retained_record")).containsExactly("date");
        assertThat(database.query("SELECT indexdef FROM pg_indexes WHERE indexname = 'retained_record_due'"))
                .singleElement().asString()
                .contains("(due_date, id)").contains("WHERE ((due_date IS NOT NULL) AND (disposal_batch_id IS NULL))");
    }

    /**
     * 8 threads on two stores (as two servers) each add 25 facts to one record by read-modify-write, retrying on a
     * version conflict: every one of the 200 updates survives, and the version counts them.
     */
    @Test
    void concurrentReadModifyWriteFromSeveralConnectionsLosesNoUpdate() throws Exception {
        int threads = 8;
        int perThread = 25;
        store.records().save(record("R-1", LocalDate.of(2026, 1, 31)));
        AtomicInteger conflicts = new AtomicInteger();
        try (PostgresStore other = database.open(4)) {
            List<RecordRepository> repositories = List.of(store.records(), other.records());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    RecordRepository records = repositories.get(t % 2);
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < perThread; i++) {
                            while (true) {
                                RetainedRecord current = records.find("R-1").orElseThrow();
                                RetainedRecord changed = new RetainedRecord(current.id(), current.entry(),
                                        current.facts().withFlag("t" + thread + "x" + i, true), current.reviews(),
                                        current.dueDate(), current.status(), current.computedOn(), current.disposal(),
                                        current.version());
                                try {
                                    records.save(changed);
                                    break;
                                } catch (ConflictException e) {
                                    conflicts.incrementAndGet();
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        RetainedRecord last = store.records().find("R-1").orElseThrow();
        assertThat(last.facts().flags()).hasSize(threads * perThread);
        assertThat(last.version()).isEqualTo(1 + threads * perThread);
        System.out.println("read-modify-write: " + threads * perThread + " updates, " + conflicts.get()
                + " version conflicts retried");
    }
}
