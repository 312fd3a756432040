package org.igkit.breach.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/**
 * A {@link BreachRepository} in a map. Lists are ordered by awareness instant then id; the cursor is
 * {@code <epoch-second>:<nano>:<id>}. Thread-safe (every method is synchronized).
 */
public final class InMemoryBreachRepository implements BreachRepository {
    private static final Comparator<BreachRecord> ORDER = Comparator
            .comparing((BreachRecord r) -> r.awareness().toInstant())
            .thenComparing(BreachRecord::id);

    private final Map<String, BreachRecord> records = new HashMap<>();

    private InMemoryBreachRepository() {
    }

    /** An empty repository. */
    public static InMemoryBreachRepository create() {
        return new InMemoryBreachRepository();
    }

    @Override
    public synchronized BreachRecord save(BreachRecord record) {
        Objects.requireNonNull(record, "record");
        BreachRecord stored = records.get(record.id());
        if (record.version() == 0) {
            if (stored != null) {
                throw ConflictException.alreadyExists(BreachRecord.TYPE, record.id());
            }
        } else {
            if (stored == null) {
                throw new NotFoundException(BreachRecord.TYPE, record.id());
            }
            if (stored.version() != record.version()) {
                throw ConflictException.versionMismatch(BreachRecord.TYPE, record.id(), record.version(),
                        stored.version());
            }
        }
        BreachRecord saved = record.withVersion(record.version() + 1);
        records.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<BreachRecord> find(String id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public synchronized Page<BreachRecord> listAwareBetween(Instant fromInclusive, Instant toExclusive,
            PageRequest page) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        return list(r -> {
            Instant aware = r.awareness().toInstant();
            return !aware.isBefore(fromInclusive) && aware.isBefore(toExclusive);
        }, page);
    }

    @Override
    public synchronized Page<BreachRecord> listOpen(PageRequest page) {
        return list(BreachRecord::isOpen, page);
    }

    @Override
    public synchronized Page<BreachRecord> listReportable(PageRequest page) {
        return list(BreachRecord::isReportable, page);
    }

    private Page<BreachRecord> list(Predicate<BreachRecord> filter, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Optional<Cursor> after = page.findAfterCursor().map(Cursor::parse);
        List<BreachRecord> rest = records.values().stream()
                .filter(filter)
                .filter(r -> after.map(c -> c.isBefore(r)).orElse(true))
                .sorted(ORDER)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rest, page.limit(), Cursor::format);
    }

    /** A position in the order: awareness instant, then id. */
    private record Cursor(Instant awareness, String id) {
        static Cursor parse(String text) {
            String[] parts = text.split(":", 3);
            try {
                if (parts.length != 3 || parts[2].isEmpty()) {
                    throw new IllegalArgumentException(text);
                }
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        parts[2]);
            } catch (RuntimeException e) {
                throw new ValidationException("after", "must be a cursor returned by a previous page", text);
            }
        }

        static String format(BreachRecord record) {
            Instant aware = record.awareness().toInstant();
            return aware.getEpochSecond() + ":" + aware.getNano() + ":" + record.id();
        }

        boolean isBefore(BreachRecord record) {
            int byTime = awareness.compareTo(record.awareness().toInstant());
            return byTime < 0 || byTime == 0 && id.compareTo(record.id()) < 0;
        }
    }
}
