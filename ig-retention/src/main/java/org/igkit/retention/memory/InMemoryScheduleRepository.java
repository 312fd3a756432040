package org.igkit.retention.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.core.error.ConflictException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;

/** A {@link ScheduleRepository} in a sorted map. */
public final class InMemoryScheduleRepository implements ScheduleRepository {
    private final TreeMap<String, Schedule> schedules = new TreeMap<>();

    private InMemoryScheduleRepository() {
    }

    /** An empty repository. */
    public static InMemoryScheduleRepository create() {
        return new InMemoryScheduleRepository();
    }

    @Override
    public synchronized Schedule save(Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        Schedule stored = schedules.get(schedule.id());
        if (stored == null && schedule.version() != 0) {
            throw ConflictException.versionMismatch("schedule", schedule.id(), schedule.version(), 0);
        }
        if (stored != null && schedule.version() == 0) {
            throw ConflictException.alreadyExists("schedule", schedule.id());
        }
        if (stored != null && stored.version() != schedule.version()) {
            throw ConflictException.versionMismatch("schedule", schedule.id(), schedule.version(), stored.version());
        }
        Schedule saved = schedule.withVersion(schedule.version() + 1);
        schedules.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<Schedule> find(String scheduleId) {
        return Optional.ofNullable(schedules.get(scheduleId));
    }

    @Override
    public synchronized Page<Schedule> list(PageRequest page) {
        String after = page.afterCursor();
        List<Schedule> rest = new ArrayList<>();
        for (Schedule s : (after == null ? schedules : schedules.tailMap(after, false)).values()) {
            rest.add(s);
            if (rest.size() > page.limit()) {
                break;
            }
        }
        return Page.of(rest, page.limit(), Schedule::id);
    }

    @Override
    public synchronized Optional<ScheduleEntry> findEntry(EntryRef ref, LocalDate date) {
        Schedule s = schedules.get(ref.scheduleId());
        return s == null ? Optional.empty() : s.findEntry(ref.entryId(), date);
    }
}
