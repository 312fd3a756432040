package org.igkit.assurance.memory;

import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The append-only set of facts an in-memory repository of attestations or completions keeps, by key. */
final class FactTable<T> {
    private final Function<T, String> keyOf;
    private final TreeMap<String, T> rows = new TreeMap<>();

    FactTable(Function<T, String> keyOf) {
        this.keyOf = keyOf;
    }

    synchronized boolean add(T fact) {
        return rows.putIfAbsent(keyOf.apply(Objects.requireNonNull(fact, "fact")), fact) == null;
    }

    synchronized int addAll(List<T> batch) {
        batch.forEach(fact -> Objects.requireNonNull(fact, "fact"));
        int added = 0;
        for (T fact : batch) {
            if (rows.putIfAbsent(keyOf.apply(fact), fact) == null) {
                added++;
            }
        }
        return added;
    }

    synchronized Page<T> list(PageRequest page, Predicate<T> filter) {
        var rest = page.findAfterCursor().map(after -> rows.tailMap(after, false)).orElse(rows);
        List<T> matching = rest.values().stream().filter(filter).limit(page.limit() + 1L).toList();
        return Page.of(matching, page.limit(), keyOf);
    }

    synchronized List<T> all(Predicate<T> filter) {
        return rows.values().stream().filter(filter).toList();
    }
}
