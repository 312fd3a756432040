package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every repository of assurance facts (attestations, completions) must do: append, read back equal, skip a fact
 * already held (same key), add a batch in one go counting only the new ones, and list in key order, paged by the last
 * key read.
 *
 * @param <R> the repository port
 * @param <T> the fact
 */
public abstract class FactRepositoryContract<R, T> {
    /** The repository under test, fresh and empty before each test. */
    protected R repository;

    /** A new, empty repository; called once before each test. */
    protected abstract R newRepository();

    /** The {@code n}th fact about {@code staffId} (distinct keys for distinct n). */
    protected abstract T aFact(String staffId, int n);

    /** The fact's key. */
    protected abstract String keyOf(T fact);

    /** The port's add. */
    protected abstract boolean add(T fact);

    /** The port's addAll. */
    protected abstract int addAll(List<T> batch);

    /** The port's list. */
    protected abstract Page<T> list(PageRequest page);

    /** The port's forStaff. */
    protected abstract List<T> forStaff(String staffId);

    @BeforeEach
    void freshRepository() {
        repository = newRepository();
    }

    @Test
    void aFactIsAddedOnceAndReadBackEqual() {
        T fact = aFact("s-1", 1);

        assertThat(add(fact)).isTrue();
        assertThat(add(aFact("s-1", 1))).isFalse();
        assertThat(list(PageRequest.first()).items()).containsExactly(fact);
        assertThat(forStaff("s-1")).containsExactly(fact);
    }

    @Test
    void aBatchCountsOnlyTheNewFacts() {
        add(aFact("s-1", 1));

        int added = addAll(List.of(aFact("s-1", 1), aFact("s-1", 2), aFact("s-2", 1), aFact("s-2", 1)));

        assertThat(added).isEqualTo(2);
        assertThat(list(PageRequest.first()).items()).hasSize(3);
        assertThat(addAll(List.of())).isZero();
    }

    @Test
    void listingIsInKeyOrderAPageAtATime() {
        List<T> facts = new ArrayList<>();
        for (String staff : List.of("s-3", "s-1", "s-2")) {
            for (int n = 1; n <= 2; n++) {
                facts.add(aFact(staff, n));
            }
        }
        addAll(facts);
        List<String> read = new ArrayList<>();
        Page<T> page = list(PageRequest.first(4));
        read.addAll(page.items().stream().map(this::keyOf).toList());
        while (!page.isLast()) {
            page = list(PageRequest.after(page.nextCursor(), 4));
            read.addAll(page.items().stream().map(this::keyOf).toList());
        }
        assertThat(read).hasSize(6).isSorted();
        assertThat(forStaff("s-2")).extracting(this::keyOf).isSorted().hasSize(2);
        assertThat(forStaff("nobody")).isEmpty();
    }
}
