package org.igkit.core.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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

    /**
     * Every item of a paged list, in its order, read lazily {@link PageRequest#MAX_LIMIT} at a time: the stream
     * holds one page in memory, and asks {@code fetch} for the next page (with the cursor of the one before) only
     * when it is consumed that far. This is the one "read every page" loop; callers pass the port's list method.
     *
     * <pre>{@code
     * List<InformationAsset> all = Page.all(page -> repository.search(query, page)).toList();
     * }</pre>
     *
     * @param fetch reads one page; called first with {@link PageRequest#first(int)}, then with
     *              {@link PageRequest#after(String, int)} until a page {@link #isLast() is the last}
     * @throws IllegalStateException (from the stream) when a page hands back the cursor it was asked for, which
     *                               would otherwise read that page for ever
     */
    public static <T> Stream<T> all(Function<PageRequest, Page<T>> fetch) {
        return all(PageRequest.MAX_LIMIT, fetch);
    }

    /**
     * As {@link #all(Function)}, {@code pageSize} items at a time (1 to {@link PageRequest#MAX_LIMIT}): smaller
     * pages where each item is heavy, or where the caller works on items between reads.
     *
     * @throws org.igkit.core.error.ValidationException on {@code limit} when {@code pageSize} is out of range
     */
    public static <T> Stream<T> all(int pageSize, Function<PageRequest, Page<T>> fetch) {
        return StreamSupport.stream(new PageSpliterator<>(fetch, pageSize), false);
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
