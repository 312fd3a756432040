package org.igkit.retention.port;

import java.time.LocalDate;
import java.util.Optional;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;

/** Stores retention schedules with every version of their entries. */
public interface ScheduleRepository {

    /**
     * Stores the schedule if the stored version equals {@code schedule.version()} (0 for a new one) and returns the
     * stored copy with the version incremented.
     *
     * @throws org.igkit.core.error.ConflictException version mismatch, or version 0 under an id that exists
     */
    Schedule save(Schedule schedule);

    /** The schedule, if stored. */
    Optional<Schedule> find(String scheduleId);

    /** Schedules ordered by id, paged; the cursor is the last id read. */
    Page<Schedule> list(PageRequest page);

    /** The version of the referenced entry in effect on {@code date}, if the schedule and such a version exist. */
    Optional<ScheduleEntry> findEntry(EntryRef ref, LocalDate date);
}
