package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every repository of a versioned assurance aggregate must do: store at the stored version and return the copy
 * one version on; refuse a stale copy ({@code VERSION_MISMATCH}), version 0 under a stored id ({@code
 * ALREADY_EXISTS}) and a version above 0 under an unknown id ({@link NotFoundException}); read every field back
 * {@code equals}; list in ascending id order, paged by the last id read.
 *
 * @param <R> the repository port
 * @param <T> the aggregate
 */
public abstract class VersionedRepositoryContract<R, T> {
    /** The repository under test, fresh and empty before each test. */
    protected R repository;

    /** A new, empty repository; called once before each test. */
    protected abstract R newRepository();

    /** A new aggregate (version 0) with {@code id} and few fields set. */
    protected abstract T aNew(String id);

    /** A new aggregate (version 0) with {@code id} and every optional field set. */
    protected abstract T aRich(String id);

    /** {@code stored} with some field changed (same id and version). */
    protected abstract T changed(T stored);

    /** The aggregate's id. */
    protected abstract String idOf(T item);

    /** The aggregate's version. */
    protected abstract long versionOf(T item);

    /** The aggregate at another version. */
    protected abstract T withVersion(T item, long version);

    /** The port's save. */
    protected abstract T save(T item);

    /** The port's find. */
    protected abstract Optional<T> find(String id);

    /** The port's get. */
    protected abstract T get(String id);

    /** The port's list. */
    protected abstract Page<T> list(PageRequest page);

    @BeforeEach
    void freshRepository() {
        repository = newRepository();
    }

    @Test
    void aNewOneIsStoredAtVersionOneAndReadBackEqual() {
        T saved = save(aNew("a-1"));

        assertThat(versionOf(saved)).isEqualTo(1);
        assertThat(find("a-1")).contains(saved);
        assertThat(get("a-1")).isEqualTo(saved);
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        T rich = aRich("rich-1");
        T saved = save(rich);

        assertThat(saved).isEqualTo(withVersion(rich, 1));
        assertThat(get("rich-1")).isEqualTo(saved);
    }

    @Test
    void anUpdateAtTheStoredVersionMovesItOn() {
        T first = save(aNew("a-2"));
        T second = save(changed(first));

        assertThat(versionOf(second)).isEqualTo(2);
        assertThat(get("a-2")).isEqualTo(second).isNotEqualTo(first);
    }

    @Test
    void savingAStaleCopyIsAConflict() {
        T first = save(aNew("a-3"));
        T second = save(changed(first));

        assertThatThrownBy(() -> save(changed(first))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(get("a-3")).isEqualTo(second);
    }

    @Test
    void creatingAnExistingIdIsAConflict() {
        save(aNew("a-4"));

        assertThatThrownBy(() -> save(aNew("a-4"))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_EXISTS));
    }

    @Test
    void updatingAnUnknownIdIsNotFound() {
        assertThatThrownBy(() -> save(withVersion(aNew("ghost"), 3))).isInstanceOf(NotFoundException.class);
        assertThat(find("ghost")).isEmpty();
        assertThatThrownBy(() -> get("ghost")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listingIsInIdOrderAPageAtATime() {
        for (String id : List.of("c", "a", "e", "b", "d")) {
            save(aNew(id));
        }
        List<String> read = new ArrayList<>();
        Page<T> page = list(PageRequest.first(2));
        read.addAll(page.items().stream().map(this::idOf).toList());
        int pages = 1;
        while (!page.isLast()) {
            page = list(PageRequest.after(page.nextCursor(), 2));
            read.addAll(page.items().stream().map(this::idOf).toList());
            pages++;
        }
        assertThat(read).containsExactly("a", "b", "c", "d", "e");
        assertThat(pages).isEqualTo(3);
        assertThat(list(PageRequest.first(5)).isLast()).isTrue();
    }

    @Test
    void aCursorThatIsNoIdIsRefused() {
        assertThatThrownBy(() -> list(PageRequest.after("../x", 10))).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("after"));
    }
}
