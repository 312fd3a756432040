package org.igkit.core.paging;

import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a paged list one page at a time for {@link Page#all(int, Function)}: it holds only the current page, and
 * asks for the next one only when the current one is used up (so a reader that stops early reads no further).
 */
final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
    private final Function<PageRequest, Page<T>> fetch;
    private final int limit;
    private PageRequest next;
    private Iterator<T> current = Collections.emptyIterator();

    PageSpliterator(Function<PageRequest, Page<T>> fetch, int limit) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.limit = limit;
        this.next = PageRequest.first(limit);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        // a loop, not an if: an adapter may return an empty page that is not the last (a filter matched nothing)
        while (!current.hasNext()) {
            if (next == null) {
                return false;
            }
            PageRequest request = next;
            Page<T> page = Objects.requireNonNull(fetch.apply(request), "fetch returned no page");
            String cursor = page.nextCursor();
            if (cursor != null && cursor.equals(request.afterCursor())) {
                // the same cursor again would read the same page for ever: a bug in the adapter, not in the caller
                throw new IllegalStateException("the page after cursor " + cursor + " returned the same cursor");
            }
            next = cursor == null ? null : PageRequest.after(cursor, limit);
            current = page.items().iterator();
        }
        action.accept(current.next());
        return true;
    }
}
