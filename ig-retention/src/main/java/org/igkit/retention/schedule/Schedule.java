package org.igkit.retention.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * A retention schedule: its entries, every version of each (an entry id may appear several times with
 * non-overlapping effective ranges), its source, and the storage {@code version} for optimistic locking.
 *
 * @param id      the schedule's id, e.g. {@code school-irms-2019}
 * @param title   its title
 * @param source  where it comes from (publisher, edition, URL), as free text
 * @param entries every version of every entry
 * @param version the stored version, 0 before the first save
 */
public record Schedule(String id, String title, String source, List<ScheduleEntry> entries, long version) {

    public Schedule {
        ValidationException.Collector problems = ValidationException.collector();
        EntryRef.requireId(problems, "id", id);
        problems.require(title != null && !title.isBlank(), "title", "must not be blank", title);
        problems.require(source != null, "source", "is required (may be empty)", null);
        problems.require(entries != null, "entries", "is required", null);
        problems.require(version >= 0, "version", "must not be negative", version);
        if (entries != null) {
            checkVersionsDoNotOverlap(entries, problems);
        }
        problems.throwIfAny();
        entries = List.copyOf(entries);
    }

    /** A schedule not yet stored (version 0). */
    public static Schedule of(String id, String title, String source, List<ScheduleEntry> entries) {
        return new Schedule(id, title, source, entries, 0);
    }

    /** The version of entry {@code entryId} in effect on {@code date}. */
    public Optional<ScheduleEntry> findEntry(String entryId, LocalDate date) {
        return entries.stream().filter(e -> e.id().equals(entryId) && e.isEffectiveOn(date)).findFirst();
    }

    /** The newest version of entry {@code entryId} (the one with the latest {@code effectiveFrom}). */
    public Optional<ScheduleEntry> findLatestEntry(String entryId) {
        return entries.stream().filter(e -> e.id().equals(entryId))
                .max(Comparator.comparing(ScheduleEntry::effectiveFrom));
    }

    /** Every entry version in effect on {@code date}. */
    public List<ScheduleEntry> entriesOn(LocalDate date) {
        return entries.stream().filter(e -> e.isEffectiveOn(date)).toList();
    }

    /** The reference of entry {@code entryId} in this schedule. */
    public EntryRef refOf(String entryId) {
        return EntryRef.of(id, entryId);
    }

    /** A copy with the stored version {@code newVersion} (adapters use it on save). */
    public Schedule withVersion(long newVersion) {
        return new Schedule(id, title, source, entries, newVersion);
    }

    /** A copy with {@code entry} added as a new version: the current version of the same id ends the day before. */
    public Schedule withNewVersionOf(ScheduleEntry entry) {
        List<ScheduleEntry> next = new ArrayList<>();
        for (ScheduleEntry e : entries) {
            if (e.id().equals(entry.id()) && e.effectiveTo() == null && e.effectiveFrom().isBefore(entry.effectiveFrom())) {
                next.add(e.withEffective(e.effectiveFrom(), entry.effectiveFrom().minusDays(1)));
            } else {
                next.add(e);
            }
        }
        next.add(entry);
        return new Schedule(id, title, source, next, version);
    }

    private static void checkVersionsDoNotOverlap(List<ScheduleEntry> entries, ValidationException.Collector problems) {
        Map<String, List<ScheduleEntry>> byId = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ScheduleEntry e = entries.get(i);
            if (e == null) {
                problems.add("entries[" + i + "]", "must not be null", null);
                continue;
            }
            List<ScheduleEntry> earlier = byId.computeIfAbsent(e.id(), k -> new ArrayList<>());
            for (ScheduleEntry other : earlier) {
                if (overlap(e, other)) {
                    problems.add("entries[" + i + "].effectiveFrom", "overlaps another version of entry '" + e.id()
                            + "' (effective from " + other.effectiveFrom() + ")", e.effectiveFrom());
                }
            }
            earlier.add(e);
        }
    }

    private static boolean overlap(ScheduleEntry a, ScheduleEntry b) {
        LocalDate aEnd = a.effectiveTo() == null ? LocalDate.MAX : a.effectiveTo();
        LocalDate bEnd = b.effectiveTo() == null ? LocalDate.MAX : b.effectiveTo();
        return !a.effectiveFrom().isAfter(bEnd) && !b.effectiveFrom().isAfter(aEnd);
    }
}
