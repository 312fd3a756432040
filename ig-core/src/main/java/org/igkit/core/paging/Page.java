package org.igkit.core.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items      the items, in the list's order
 * @param nextCursor the cursor for {@link PageRequest#after(String, int)}, or {@code null} on the last page
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, String nextCursor) {
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** A page that is the last one. */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * Cuts a page from {@code sortedAfterCursor}, the items (already past the cursor, in order) of which at most
     * {@code limit + 1} need be given: one more than the limit says whether there is a next page.
     */
    public static <T> Page<T> of(List<T> sortedAfterCursor, int limit, Function<T, String> cursorOf) {
        if (sortedAfterCursor.size() <= limit) {
            return last(sortedAfterCursor);
        }
        List<T> items = new ArrayList<>(sortedAfterCursor.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }

    /** The next page's cursor, unless this is the last page. */
    public Optional<String> findNextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    /** True when no page follows. */
    public boolean isLast() {
        return nextCursor == null;
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
    }
}
