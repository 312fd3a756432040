package org.igkit.retention.port;

import java.time.LocalDate;
import java.util.Optional;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.schedule.EntryRef;

/** Stores records under retention with their last computed due date. */
public interface RecordRepository {

    /**
     * Stores the record if the stored version equals {@code record.version()} (0 for a new one) and returns the
     * stored copy with the version incremented.
     *
     * @throws org.igkit.core.error.ConflictException version mismatch, or version 0 under an id that exists
     */
    RetainedRecord save(RetainedRecord record);

    /** The record, if stored. */
    Optional<RetainedRecord> find(String recordId);

    /**
     * Records not disposed of whose stored due date is on or before {@code date}, ordered by due date then id,
     * paged (keyset on due date and id). Records with no due date (PENDING, PERMANENT, never computed) are not listed.
     */
    Page<RetainedRecord> listDueOnOrBefore(LocalDate date, PageRequest page);

    /** Records governed by the entry (every status, disposed ones included), ordered by id, paged. */
    Page<RetainedRecord> listByEntry(EntryRef entry, PageRequest page);
}
