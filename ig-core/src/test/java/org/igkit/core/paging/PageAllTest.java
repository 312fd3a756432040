package org.igkit.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageAllTest {

    /** A keyset-paged list of 1..size, as a port would serve it, remembering every request it was sent. */
    private static final class NumberList {
        private final List<Integer> numbers;
        private final List<PageRequest> requests = new ArrayList<>();

        NumberList(int size) {
            this.numbers = IntStream.rangeClosed(1, size).boxed().toList();
        }

        Page<Integer> list(PageRequest request) {
            requests.add(request);
            int after = request.findAfterCursor().map(Integer::parseInt).orElse(0);
            List<Integer> rest = numbers.stream().filter(n -> n > after).limit(request.limit() + 1L).toList();
            return Page.of(rest, request.limit(), String::valueOf);
        }
    }

    @ParameterizedTest(name = "{0} items, {1} a page: {2} reads")
    @CsvSource({"0, 10, 1", "1, 10, 1", "10, 10, 1", "11, 10, 2", "25, 10, 3", "2500, 1000, 3"})
    void readsEveryItemInOrderAPageAtATime(int size, int pageSize, int reads) {
        NumberList list = new NumberList(size);

        List<Integer> all = Page.all(pageSize, list::list).toList();

        assertThat(all).isEqualTo(IntStream.rangeClosed(1, size).boxed().toList());
        assertThat(list.requests).hasSize(reads);
        assertThat(list.requests).allSatisfy(r -> assertThat(r.limit()).isEqualTo(pageSize));
        assertThat(list.requests.get(0).findAfterCursor()).isEmpty();
    }

    @Test
    void theDefaultPageIsTheLargestAPortServes() {
        NumberList list = new NumberList(1500);

        assertThat(Page.all(list::list).count()).isEqualTo(1500);
        assertThat(list.requests).extracting(PageRequest::limit).containsExactly(1000, 1000);
        assertThat(list.requests.get(1).afterCursor()).isEqualTo("1000");
    }

    @Test
    @DisplayName("Lazy: nothing is read before the first item is wanted, and the next page only when it is reached")
    void readsNoPageBeforeItIsNeeded() {
        NumberList list = new NumberList(30);
        Stream<Integer> stream = Page.all(10, list::list);
        assertThat(list.requests).isEmpty();

        Iterator<Integer> items = stream.iterator();
        for (int i = 1; i <= 10; i++) {
            assertThat(items.next()).isEqualTo(i);
        }
        assertThat(list.requests).hasSize(1);
        assertThat(items.next()).isEqualTo(11);
        assertThat(list.requests).hasSize(2);
    }

    @Test
    void aReaderThatStopsEarlyReadsNoFurther() {
        NumberList list = new NumberList(100);

        assertThat(Page.all(10, list::list).filter(n -> n % 7 == 0).findFirst()).contains(7);
        assertThat(list.requests).hasSize(1);
    }

    @Test
    void anEmptyPageThatIsNotTheLastIsSkipped() {
        List<Page<String>> pages = List.of(new Page<>(List.of("a"), "1"), new Page<>(List.of(), "2"),
                Page.last(List.of("b")));
        Iterator<Page<String>> served = pages.iterator();

        assertThat(Page.all(request -> served.next()).toList()).containsExactly("a", "b");
    }

    @Test
    @DisplayName("An adapter that hands back the cursor it was given would loop for ever: that is reported instead")
    void aCursorThatDoesNotMoveIsABugReportedNotALoop() {
        Stream<String> stuck = Page.all(request -> new Page<>(List.of("x"), "same"));

        assertThatThrownBy(stuck::toList)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("same");
    }

    @Test
    void thePageSizeIsBoundedAsEveryPageRequestIs() {
        NumberList list = new NumberList(3);

        assertThatThrownBy(() -> Page.all(0, list::list))
                .isInstanceOf(ValidationException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> Page.all(PageRequest.MAX_LIMIT + 1, list::list))
                .isInstanceOf(ValidationException.class);
    }
}
