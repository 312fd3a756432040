package org.igkit.breach.port;

import java.time.Instant;
import java.util.Optional;

import org.igkit.breach.log.BreachRecord;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/**
 * The breach log's storage (UK GDPR Art 33(5)). Records are never deleted. Every list is ordered by awareness instant,
 * then id, and paged with an opaque keyset cursor (a malformed cursor is a {@code ValidationException} on
 * {@code after}). The derived values a list filters on ({@link BreachRecord#awareness()},
 * {@link BreachRecord#isOpen()}, {@link BreachRecord#isReportable()}) can be stored as columns when a record is saved.
 */
public interface BreachRepository {

    /**
     * Stores a record under optimistic locking: version 0 creates it (an existing id throws
     * {@link ConflictException#alreadyExists}); any other version must equal the stored one (else
     * {@link ConflictException#versionMismatch}; an unknown id with version &gt; 0 throws {@link NotFoundException}).
     *
     * @return the stored copy, its version one higher than the one given
     */
    BreachRecord save(BreachRecord record);

    /** The record with {@code id}, if any. */
    Optional<BreachRecord> find(String id);

    /** The record with {@code id}; throws {@link NotFoundException} when there is none. */
    default BreachRecord get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(BreachRecord.TYPE, id));
    }

    /** Records whose awareness instant is in [{@code fromInclusive}, {@code toExclusive}). */
    Page<BreachRecord> listAwareBetween(Instant fromInclusive, Instant toExclusive, PageRequest page);

    /** Records still open. */
    Page<BreachRecord> listOpen(PageRequest page);

    /** Records whose latest assessment says the Commissioner must be notified, notified yet or not. */
    Page<BreachRecord> listReportable(PageRequest page);
}
