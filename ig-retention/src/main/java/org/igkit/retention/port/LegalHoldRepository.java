package org.igkit.retention.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.igkit.retention.hold.LegalHold;

/** Stores legal holds. Holds are never deleted: a release is recorded with its date and reason. */
public interface LegalHoldRepository {

    /**
     * Stores a new hold (version 0, attached to a record) and returns it with version 1.
     *
     * @throws org.igkit.core.error.ConflictException if a hold with that id exists
     * @throws org.igkit.core.error.ValidationException if the hold has no record id or is not version 0
     */
    LegalHold place(LegalHold hold);

    /**
     * Stores every hold, or none: one bad or clashing hold leaves the store unchanged. The holds come back in the
     * order given, each with version 1.
     */
    List<LegalHold> placeAll(List<LegalHold> holds);

    /**
     * Releases the hold from {@code releasedOn} (effective that day) and returns it with its version incremented.
     *
     * @throws org.igkit.core.error.NotFoundException if there is no such hold
     * @throws org.igkit.core.error.ConflictException if it was released already ({@code INVALID_STATE})
     */
    LegalHold release(String holdId, LocalDate releasedOn, String reason);

    /** The hold, if stored. */
    Optional<LegalHold> find(String holdId);

    /** Every hold ever placed on the record, released ones included, ordered by placement date then id. */
    List<LegalHold> holdsOn(String recordId);
}
