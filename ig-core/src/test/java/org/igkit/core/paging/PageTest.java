package org.igkit.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void oneMoreItemThanTheLimitMeansThereIsANextPage() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), 2, String::valueOf);

        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.nextCursor()).isEqualTo("2");
        assertThat(page.isLast()).isFalse();
    }

    @Test
    void noMoreItemsThanTheLimitIsTheLastPage() {
        Page<Integer> page = Page.of(List.of(1, 2), 2, String::valueOf);
        assertThat(page.isLast()).isTrue();
        assertThat(page.findNextCursor()).isEmpty();
    }

    @Test
    void pageSizeIsBounded() {
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(ValidationException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> PageRequest.first(PageRequest.MAX_LIMIT + 1)).isInstanceOf(ValidationException.class);
        assertThat(PageRequest.first().limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }
}
