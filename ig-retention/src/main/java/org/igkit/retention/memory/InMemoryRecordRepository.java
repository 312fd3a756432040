package org.igkit.retention.memory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.schedule.EntryRef;

/** A {@link RecordRepository} in maps; the due-date query scans, which is fine for embedders and tests. */
public final class InMemoryRecordRepository implements RecordRepository {
    private static final Comparator<RetainedRecord> BY_DUE_THEN_ID =
            Comparator.comparing(RetainedRecord::dueDate).thenComparing(RetainedRecord::id);
    private final Map<String, RetainedRecord> records = new HashMap<>();

    private InMemoryRecordRepository() {
    }

    /** An empty repository. */
    public static InMemoryRecordRepository create() {
        return new InMemoryRecordRepository();
    }

    @Override
    public synchronized RetainedRecord save(RetainedRecord record) {
        Objects.requireNonNull(record, "record");
        RetainedRecord stored = records.get(record.id());
        if (stored == null && record.version() != 0) {
            throw ConflictException.versionMismatch("record", record.id(), record.version(), 0);
        }
        if (stored != null && record.version() == 0) {
            throw ConflictException.alreadyExists("record", record.id());
        }
        if (stored != null && stored.version() != record.version()) {
            throw ConflictException.versionMismatch("record", record.id(), record.version(), stored.version());
        }
        RetainedRecord saved = record.withVersion(record.version() + 1);
        records.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<RetainedRecord> find(String recordId) {
        return Optional.ofNullable(records.get(recordId));
    }

    @Override
    public synchronized Page<RetainedRecord> listDueOnOrBefore(LocalDate date, PageRequest page) {
        Objects.requireNonNull(date, "date");
        LocalDate afterDue;
        String afterId;
        if (page.afterCursor() == null) {
            afterDue = null;
            afterId = null;
        } else {
            String cursor = page.afterCursor();
            int slash = cursor.indexOf('/');
            try {
                afterDue = slash < 0 ? null : LocalDate.parse(cursor.substring(0, slash));
            } catch (DateTimeParseException e) {
                afterDue = null;
            }
            if (afterDue == null) {
                throw new ValidationException("after", "is not a cursor this list handed out", cursor);
            }
            afterId = cursor.substring(slash + 1);
        }
        List<RetainedRecord> due = new ArrayList<>();
        for (RetainedRecord r : records.values()) {
            if (r.isDisposed() || r.dueDate() == null || r.dueDate().isAfter(date)) {
                continue;
            }
            if (afterDue != null) {
                int c = r.dueDate().compareTo(afterDue);
                if (c < 0 || (c == 0 && r.id().compareTo(afterId) <= 0)) {
                    continue;
                }
            }
            due.add(r);
        }
        due.sort(BY_DUE_THEN_ID);
        List<RetainedRecord> cut = due.size() > page.limit() + 1 ? due.subList(0, page.limit() + 1) : due;
        return Page.of(cut, page.limit(), r -> r.dueDate() + "/" + r.id());
    }

    @Override
    public synchronized Page<RetainedRecord> listByEntry(EntryRef entry, PageRequest page) {
        Objects.requireNonNull(entry, "entry");
        TreeMap<String, RetainedRecord> sorted = new TreeMap<>();
        for (RetainedRecord r : records.values()) {
            if (r.entry().equals(entry) && (page.afterCursor() == null || r.id().compareTo(page.afterCursor()) > 0)) {
                sorted.put(r.id(), r);
            }
        }
        List<RetainedRecord> rest = new ArrayList<>();
        for (RetainedRecord r : sorted.values()) {
            rest.add(r);
            if (rest.size() > page.limit()) {
                break;
            }
        }
        return Page.of(rest, page.limit(), RetainedRecord::id);
    }
}
