package org.igkit.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.memory.InMemoryRecordRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.record.Disposal;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HR store's due-date index against igkit's reference adapter: after the same random saves (new records, new due
 * dates, records becoming PENDING, records disposed of), reading "due on or before D" and "records of an entry" page
 * by page gives the same records in the same order, whatever the page size.
 */
class HrRetentionStoreProperties {
    private static final List<EntryRef> ENTRIES = List.of(EntryRef.of("sample-council", "HR-1"),
            EntryRef.of("sample-council", "HR-2"), EntryRef.of("sample-school", "S16"));
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 9);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25).map(i -> i * 7919L);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void readsLikeTheReferenceAdapter(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        RecordRepository store = HrRetentionStore.create().records();
        RecordRepository reference = InMemoryRecordRepository.create();
        List<RetainedRecord> saved = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            RetainedRecord next;
            if (saved.isEmpty() || random.nextInt(3) == 0) {
                next = answered(RetainedRecord.of("E-" + random.nextInt(100_000) + "-" + step,
                        ENTRIES.get(random.nextInt(ENTRIES.size())), RecordFacts.none()), random);
            } else {
                int at = random.nextInt(saved.size());
                RetainedRecord current = saved.get(at);
                next = random.nextInt(5) == 0 && !current.isDisposed()
                        ? current.withDisposal(new Disposal("DB-" + step, DisposalAction.SECURE_DESTROY,
                                Instant.parse("2026-05-09T09:00:00Z"), "records-officer"))
                        : answered(current, random);
                saved.remove(at);
            }
            RetainedRecord stored = store.save(next);
            assertThat(reference.save(next)).isEqualTo(stored);
            saved.add(stored);
        }
        for (int probe = 0; probe < 20; probe++) {
            LocalDate date = TODAY.plusDays(random.nextInt(-4000, 4000));
            int limit = 1 + random.nextInt(40);
            assertThat(readAll(p -> store.listDueOnOrBefore(date, p), limit))
                    .isEqualTo(readAll(p -> reference.listDueOnOrBefore(date, p), limit));
            EntryRef entry = ENTRIES.get(random.nextInt(ENTRIES.size()));
            assertThat(readAll(p -> store.listByEntry(entry, p), limit))
                    .isEqualTo(readAll(p -> reference.listByEntry(entry, p), limit));
        }
    }

    /** The record with a random stored answer: a due date within about ten years of today, or PENDING. */
    private static RetainedRecord answered(RetainedRecord record, SplittableRandom random) {
        if (random.nextInt(6) == 0) {
            return new RetainedRecord(record.id(), record.entry(), record.facts(), record.reviews(), null,
                    Status.PENDING, TODAY, record.disposal(), record.version());
        }
        LocalDate due = TODAY.plusDays(random.nextInt(-3650, 3650));
        return new RetainedRecord(record.id(), record.entry(), record.facts(), record.reviews(), due,
                due.isAfter(TODAY) ? Status.NOT_YET_DUE : Status.DUE, TODAY, record.disposal(), record.version());
    }

    private static List<String> readAll(Function<PageRequest, Page<RetainedRecord>> list, int limit) {
        List<String> ids = new ArrayList<>();
        Page<RetainedRecord> page = list.apply(PageRequest.first(limit));
        while (true) {
            page.items().forEach(r -> ids.add(r.id() + "@" + r.dueDate() + "#" + r.version()));
            if (page.isLast()) {
                return ids;
            }
            page = list.apply(PageRequest.after(page.nextCursor(), limit));
        }
    }
}
