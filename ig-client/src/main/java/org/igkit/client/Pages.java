package org.igkit.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A paged list as one {@link Iterator}: every list operation answers a page of {@code items} and the cursor of the
 * {@code next} page (null on the last), which the next call passes as {@code after}. The iterator asks for a page
 * only when the one before is used up, so a loop that stops early makes no more calls.
 *
 * <pre>{@code
 * Iterator<InformationRequest> due = Pages.iterate(
 *         after -> igkit.requests().listRequests(LocalDate.of(2024, 11, 1), 100, after),
 *         InformationRequestPage::getItems, InformationRequestPage::getNext);
 * }</pre>
 */
public final class Pages {
    private Pages() {
    }

    /**
     * @param fetch calls the list operation with the cursor ({@code null} for the first page)
     * @param items the page's items
     * @param next the page's next cursor, {@code null} on the last page
     * @param <P> the page type
     * @param <T> the item type
     * @return every item of every page, in the server's order
     */
    public static <P, T> Iterator<T> iterate(Function<String, P> fetch, Function<P, List<T>> items,
            Function<P, String> next) {
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(next, "next");
        return new Iterator<>() {
            private Iterator<T> page = List.<T>of().iterator();
            private String cursor;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    P answer = fetch.apply(cursor);
                    List<T> these = items.apply(answer);
                    page = these == null ? List.<T>of().iterator() : these.iterator();
                    cursor = next.apply(answer);
                    last = cursor == null;
                }
                return page.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more pages");
                }
                return page.next();
            }
        };
    }

    /**
     * The same as {@link #iterate}, as a sequential stream.
     *
     * @param fetch calls the list operation with the cursor ({@code null} for the first page)
     * @param items the page's items
     * @param next the page's next cursor, {@code null} on the last page
     * @param <P> the page type
     * @param <T> the item type
     * @return every item of every page, in the server's order
     */
    public static <P, T> Stream<T> stream(Function<String, P> fetch, Function<P, List<T>> items,
            Function<P, String> next) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterate(fetch, items, next),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
