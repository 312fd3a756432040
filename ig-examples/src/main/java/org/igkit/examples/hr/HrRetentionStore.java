package org.igkit.examples.hr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * The HR system's own storage for retention data: four tables behind one lock, each exposed as the retention port
 * igkit needs. It is written the way a vendor would write an adapter over their own database: records are kept in a
 * table keyed by id and in an index ordered by (stored due date, id), so "what is due on or before D" is a range read
 * of that index, as it would be an index range scan in SQL.
 *
 * <p>Thread-safe: every operation holds the store's lock, so a write spanning several rows (bulk hold placement) is
 * all or nothing. Create one with {@link #create()}.
 */
public final class HrRetentionStore {
    private final Object lock = new Object();
    private final TreeMap<String, Schedule> schedules = new TreeMap<>();
    private final TreeMap<String, RetainedRecord> records = new TreeMap<>();
    private final TreeMap<DueKey, RetainedRecord> dueIndex = new TreeMap<>();
    private final Map<String, LegalHold> holds = new HashMap<>();
    private final TreeMap<String, DisposalBatch> batches = new TreeMap<>();

    private final ScheduleRepository scheduleTable = new Schedules();
    private final RecordRepository recordTable = new Records();
    private final LegalHoldRepository holdTable = new Holds();
    private final DisposalBatchRepository batchTable = new Batches();

    private HrRetentionStore() {
    }

    /** An empty store. */
    public static HrRetentionStore create() {
        return new HrRetentionStore();
    }

    /** The schedules table, as igkit's {@link ScheduleRepository}. */
    public ScheduleRepository schedules() {
        return scheduleTable;
    }

    /** The retained-records table, as igkit's {@link RecordRepository}. */
    public RecordRepository records() {
        return recordTable;
    }

    /** The legal-holds table, as igkit's {@link LegalHoldRepository}. */
    public LegalHoldRepository holds() {
        return holdTable;
    }

    /** The disposal-batches table, as igkit's {@link DisposalBatchRepository}. */
    public DisposalBatchRepository batches() {
        return batchTable;
    }

    /** The key of the due-date index: a record not disposed of, with a stored due date. */
    private record DueKey(LocalDate dueDate, String id) implements Comparable<DueKey> {
        static DueKey of(RetainedRecord r) {
            return new DueKey(r.dueDate(), r.id());
        }

        static DueKey parse(String cursor) {
            int bar = cursor.indexOf('|');
            try {
                if (bar > 0) {
                    return new DueKey(LocalDate.parse(cursor.substring(0, bar)), cursor.substring(bar + 1));
                }
            } catch (DateTimeParseException e) {
                // reported below, as for any other malformed cursor
            }
            throw new ValidationException("after", "is not a cursor this list handed out", cursor);
        }

        @Override
        public int compareTo(DueKey other) {
            int byDate = dueDate.compareTo(other.dueDate);
            return byDate != 0 ? byDate : id.compareTo(other.id);
        }

        String toCursor() {
            return dueDate + "|" + id;
        }
    }

    /**
     * Checks the optimistic-locking convention of docs/architecture.md: version 0 creates, any other version must
     * equal the stored one.
     */
    private static void checkVersion(String kind, String id, long given, Long stored) {
        if (stored == null && given != 0) {
            throw ConflictException.versionMismatch(kind, id, given, 0);
        }
        if (stored != null && given == 0) {
            throw ConflictException.alreadyExists(kind, id);
        }
        if (stored != null && stored != given) {
            throw ConflictException.versionMismatch(kind, id, given, stored);
        }
    }

    /** The first {@code limit + 1} values after the cursor, for {@link Page#of}. */
    private static <K, V> List<V> upToOneMore(NavigableMap<K, V> rows, K afterExclusive, int limit) {
        List<V> rest = new ArrayList<>();
        for (V v : (afterExclusive == null ? rows : rows.tailMap(afterExclusive, false)).values()) {
            rest.add(v);
            if (rest.size() > limit) {
                break;
            }
        }
        return rest;
    }

    private static <V> Page<V> pageById(TreeMap<String, V> rows, PageRequest page, Function<V, String> idOf) {
        return Page.of(upToOneMore(rows, page.afterCursor(), page.limit()), page.limit(), idOf);
    }

    private final class Schedules implements ScheduleRepository {
        @Override
        public Schedule save(Schedule schedule) {
            Objects.requireNonNull(schedule, "schedule");
            synchronized (lock) {
                Schedule stored = schedules.get(schedule.id());
                checkVersion("schedule", schedule.id(), schedule.version(), stored == null ? null : stored.version());
                Schedule saved = schedule.withVersion(schedule.version() + 1);
                schedules.put(saved.id(), saved);
                return saved;
            }
        }

        @Override
        public Optional<Schedule> find(String scheduleId) {
            synchronized (lock) {
                return Optional.ofNullable(schedules.get(scheduleId));
            }
        }

        @Override
        public Page<Schedule> list(PageRequest page) {
            synchronized (lock) {
                return pageById(schedules, page, Schedule::id);
            }
        }

        @Override
        public Optional<ScheduleEntry> findEntry(EntryRef ref, LocalDate date) {
            synchronized (lock) {
                Schedule schedule = schedules.get(ref.scheduleId());
                return schedule == null ? Optional.empty() : schedule.findEntry(ref.entryId(), date);
            }
        }
    }

    private final class Records implements RecordRepository {
        @Override
        public RetainedRecord save(RetainedRecord record) {
            Objects.requireNonNull(record, "record");
            synchronized (lock) {
                RetainedRecord stored = records.get(record.id());
                checkVersion("record", record.id(), record.version(), stored == null ? null : stored.version());
                RetainedRecord saved = record.withVersion(record.version() + 1);
                if (stored != null && stored.dueDate() != null) {
                    dueIndex.remove(DueKey.of(stored));
                }
                records.put(saved.id(), saved);
                if (saved.dueDate() != null && !saved.isDisposed()) {
                    dueIndex.put(DueKey.of(saved), saved);
                }
                return saved;
            }
        }

        @Override
        public Optional<RetainedRecord> find(String recordId) {
            synchronized (lock) {
                return Optional.ofNullable(records.get(recordId));
            }
        }

        @Override
        public Page<RetainedRecord> listDueOnOrBefore(LocalDate date, PageRequest page) {
            Objects.requireNonNull(date, "date");
            DueKey after = page.findAfterCursor().map(DueKey::parse).orElse(null);
            synchronized (lock) {
                // every key of a due date on or before `date` sorts below (date + 1 day, "")
                NavigableMap<DueKey, RetainedRecord> due = dueIndex.headMap(new DueKey(date.plusDays(1), ""), false);
                return Page.of(upToOneMore(due, after, page.limit()), page.limit(), r -> DueKey.of(r).toCursor());
            }
        }

        @Override
        public Page<RetainedRecord> listByEntry(EntryRef entry, PageRequest page) {
            Objects.requireNonNull(entry, "entry");
            synchronized (lock) {
                List<RetainedRecord> rest = new ArrayList<>();
                for (RetainedRecord r : upToAll(page.afterCursor())) {
                    if (r.entry().equals(entry)) {
                        rest.add(r);
                        if (rest.size() > page.limit()) {
                            break;
                        }
                    }
                }
                return Page.of(rest, page.limit(), RetainedRecord::id);
            }
        }

        private Iterable<RetainedRecord> upToAll(String afterId) {
            return (afterId == null ? records : records.tailMap(afterId, false)).values();
        }
    }

    private final class Holds implements LegalHoldRepository {
        @Override
        public LegalHold place(LegalHold hold) {
            return placeAll(List.of(hold)).get(0);
        }

        @Override
        public List<LegalHold> placeAll(List<LegalHold> toPlace) {
            Objects.requireNonNull(toPlace, "holds");
            ValidationException.Collector problems = ValidationException.collector();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < toPlace.size(); i++) {
                LegalHold h = toPlace.get(i);
                String path = "holds[" + i + "]";
                if (h == null) {
                    problems.add(path, "must not be null", null);
                    continue;
                }
                problems.require(h.recordId() != null, path + ".recordId", "a stored hold is on a record", null);
                problems.require(h.version() == 0, path + ".version", "a new hold has version 0", h.version());
                problems.require(!h.isReleased(), path + ".releasedOn", "a new hold is not released", h.releasedOn());
                problems.require(ids.add(h.id()), path + ".id", "appears twice", h.id());
            }
            problems.throwIfAny();
            synchronized (lock) {
                for (LegalHold h : toPlace) {
                    if (holds.containsKey(h.id())) {
                        throw ConflictException.alreadyExists("legal hold", h.id());
                    }
                }
                List<LegalHold> placed = new ArrayList<>();
                for (LegalHold h : toPlace) {
                    LegalHold saved = h.withVersion(1);
                    holds.put(saved.id(), saved);
                    placed.add(saved);
                }
                return placed;
            }
        }

        @Override
        public LegalHold release(String holdId, LocalDate releasedOn, String reason) {
            synchronized (lock) {
                LegalHold stored = holds.get(holdId);
                if (stored == null) {
                    throw new NotFoundException("legal hold", holdId);
                }
                if (stored.isReleased()) {
                    throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                            "legal hold '" + holdId + "' was already released on " + stored.releasedOn());
                }
                LegalHold released = stored.releasedOn(releasedOn, reason).withVersion(stored.version() + 1);
                holds.put(holdId, released);
                return released;
            }
        }

        @Override
        public Optional<LegalHold> find(String holdId) {
            synchronized (lock) {
                return Optional.ofNullable(holds.get(holdId));
            }
        }

        @Override
        public List<LegalHold> holdsOn(String recordId) {
            synchronized (lock) {
                return holds.values().stream()
                        .filter(h -> recordId.equals(h.recordId()))
                        .sorted((a, b) -> a.placedOn().equals(b.placedOn())
                                ? a.id().compareTo(b.id()) : a.placedOn().compareTo(b.placedOn()))
                        .toList();
            }
        }
    }

    private final class Batches implements DisposalBatchRepository {
        @Override
        public DisposalBatch save(DisposalBatch batch) {
            Objects.requireNonNull(batch, "batch");
            synchronized (lock) {
                DisposalBatch stored = batches.get(batch.id());
                checkVersion("disposal batch", batch.id(), batch.version(), stored == null ? null : stored.version());
                if (stored != null && stored.state() == BatchState.EXECUTED) {
                    // the certificate is evidence: once executed, a batch is never rewritten
                    throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                            "disposal batch '" + batch.id() + "' was executed: it and its certificate cannot change");
                }
                if (batch.isOpen()) {
                    // a record is a candidate of at most one open batch: the HR system has few, so a scan will do
                    Map<String, String> held = openBatchesOf(batch.candidates().stream()
                            .map(DisposalCandidate::recordId).toList());
                    held.values().removeIf(batch.id()::equals);
                    if (!held.isEmpty()) {
                        Map.Entry<String, String> first = held.entrySet().iterator().next();
                        throw new ConflictException(ConflictException.Reason.INVALID_STATE, "disposal batch '"
                                + batch.id() + "' cannot take record '" + first.getKey()
                                + "': it is a candidate of open batch '" + first.getValue() + "'");
                    }
                }
                DisposalBatch saved = batch.withVersion(batch.version() + 1);
                batches.put(saved.id(), saved);
                return saved;
            }
        }

        @Override
        public Map<String, String> openBatchesOf(Collection<String> recordIds) {
            synchronized (lock) {
                Set<String> wanted = new HashSet<>(recordIds);
                Map<String, String> open = new LinkedHashMap<>();
                for (DisposalBatch b : batches.values()) {
                    if (b.isOpen()) {
                        b.candidates().stream().map(DisposalCandidate::recordId).filter(wanted::contains)
                                .forEach(id -> open.putIfAbsent(id, b.id()));
                    }
                }
                return open;
            }
        }

        @Override
        public Optional<DisposalBatch> find(String batchId) {
            synchronized (lock) {
                return Optional.ofNullable(batches.get(batchId));
            }
        }

        @Override
        public Page<DisposalBatch> list(PageRequest page) {
            synchronized (lock) {
                return pageById(batches, page, DisposalBatch::id);
            }
        }
    }
}
