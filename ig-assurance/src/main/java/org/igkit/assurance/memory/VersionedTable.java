package org.igkit.assurance.memory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.igkit.core.IdRule;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/**
 * The optimistic-locking table every in-memory repository of a versioned aggregate keeps: rows by id, saved only at
 * the stored version. Callers hold its monitor through their synchronized methods.
 */
final class VersionedTable<T> {
    private final String type;
    private final Function<T, String> idOf;
    private final ToLongFunction<T> versionOf;
    private final VersionSetter<T> withVersion;
    private final TreeMap<String, T> rows = new TreeMap<>();

    @FunctionalInterface
    interface VersionSetter<T> {
        T apply(T row, long version);
    }

    VersionedTable(String type, Function<T, String> idOf, ToLongFunction<T> versionOf, VersionSetter<T> withVersion) {
        this.type = type;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.withVersion = withVersion;
    }

    synchronized T save(T row) {
        check(Objects.requireNonNull(row, type));
        return put(row);
    }

    synchronized List<T> saveAll(List<T> batch) {
        Set<String> ids = new HashSet<>();
        for (T row : batch) {
            if (!ids.add(idOf.apply(Objects.requireNonNull(row, type)))) {
                throw new ValidationException("batch", "holds the " + type + " id twice", idOf.apply(row));
            }
            check(row);
        }
        List<T> saved = new ArrayList<>(batch.size());
        batch.forEach(row -> saved.add(put(row)));
        return saved;
    }

    synchronized Optional<T> find(String id) {
        return Optional.ofNullable(rows.get(Objects.requireNonNull(id, "id")));
    }

    synchronized Page<T> list(PageRequest page, Predicate<T> filter) {
        var rest = page.findAfterCursor().map(VersionedTable::cursor).map(after -> rows.tailMap(after, false))
                .orElse(rows);
        List<T> matching = rest.values().stream().filter(filter).limit(page.limit() + 1L).toList();
        return Page.of(matching, page.limit(), idOf);
    }

    synchronized List<T> all(Predicate<T> filter) {
        return rows.values().stream().filter(filter).toList();
    }

    private void check(T row) {
        String id = idOf.apply(row);
        long version = versionOf.applyAsLong(row);
        T stored = rows.get(id);
        if (stored == null && version != 0) {
            throw new NotFoundException(type, id);
        }
        if (stored != null && version == 0) {
            throw ConflictException.alreadyExists(type, id);
        }
        if (stored != null && versionOf.applyAsLong(stored) != version) {
            throw ConflictException.versionMismatch(type, id, version, versionOf.applyAsLong(stored));
        }
    }

    private T put(T row) {
        T saved = withVersion.apply(row, versionOf.applyAsLong(row) + 1);
        rows.put(idOf.apply(saved), saved);
        return saved;
    }

    private static String cursor(String cursor) {
        if (!IdRule.allows(cursor)) {
            throw new ValidationException("after", "must be a cursor returned by a previous page", cursor);
        }
        return cursor;
    }
}
