package org.igkit.retention.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.igkit.core.IdRule;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.port.LegalHoldRepository;
import org.igkit.retention.port.RecordRepository;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * Files records, records reviews and manages holds over the retention ports, with audit events: each change and its
 * entry in one unit of the ports' {@link UnitOfWork}, so that they commit together or not at all.
 */
public final class RetentionRegister {
    private static final int PAGE = 500;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final RecordRepository records;
    private final ScheduleRepository schedules;
    private final LegalHoldRepository holds;
    private final AuditLog audit;
    private final UnitOfWork unitOfWork;
    private final RetentionCalculator calculator;
    private final Clock clock;

    private RetentionRegister(RecordRepository records, ScheduleRepository schedules, LegalHoldRepository holds,
                              AuditLog audit, UnitOfWork unitOfWork, RetentionCalculator calculator, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.schedules = Objects.requireNonNull(schedules, "schedules");
        this.holds = Objects.requireNonNull(holds, "holds");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A register over the retention ports, with the organisation's calculator and a clock. */
    public static RetentionRegister over(RetentionPorts ports, RetentionCalculator calculator, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        return new RetentionRegister(ports.records(), ports.schedules(), ports.holds(), ports.audit(),
                ports.unitOfWork(), calculator, clock);
    }

    /**
     * Stores a new schedule (version 0) and audits {@code schedule.uploaded} by {@code actor} with its entry
     * versions.
     *
     * @throws org.igkit.core.error.ConflictException when a schedule with its id exists
     */
    public Schedule uploadSchedule(Schedule schedule, String actor) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(actor, "actor");
        return unitOfWork.run("uploading schedule " + schedule.id(), () -> {
            Schedule stored = schedules.save(schedule.withVersion(0));
            audit.append(AuditEvent.of(actor, "schedule.uploaded", clock.instant(), "schedule", stored.id())
                    .withDetail("version", Long.toString(stored.version()))
                    .withDetail("entries", String.join(",", entryKeys(stored.entries()))));
            return stored;
        });
    }

    /**
     * Replaces the stored schedule, which must be at {@code expectedVersion}, by {@code next}, and audits
     * {@code schedule.replaced} by {@code actor} with the entry versions added, removed and changed.
     *
     * @throws NotFoundException when no schedule has its id
     * @throws org.igkit.core.error.ConflictException when the stored version is not {@code expectedVersion}
     */
    public Schedule replaceSchedule(Schedule next, long expectedVersion, String actor) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(actor, "actor");
        return unitOfWork.run("replacing schedule " + next.id(), () -> {
            Schedule current = findSchedule(next.id());
            if (current.version() != expectedVersion) {
                throw org.igkit.core.error.ConflictException.versionMismatch("schedule", next.id(), expectedVersion,
                        current.version());
            }
            Schedule stored = schedules.save(next.withVersion(expectedVersion));
            Map<String, ScheduleEntry> before = byKey(current.entries());
            Map<String, ScheduleEntry> after = byKey(stored.entries());
            List<String> added = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, ScheduleEntry> e : after.entrySet()) {
                ScheduleEntry old = before.get(e.getKey());
                if (old == null) {
                    added.add(e.getKey());
                } else if (!old.equals(e.getValue())) {
                    changed.add(e.getKey());
                }
            }
            List<String> removed = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
            AuditEvent event = AuditEvent.of(actor, "schedule.replaced", clock.instant(), "schedule", stored.id())
                    .withDetail("version", Long.toString(stored.version()))
                    .withDetail("added", String.join(",", added))
                    .withDetail("removed", String.join(",", removed))
                    .withDetail("changed", String.join(",", changed));
            if (!Objects.equals(current.title(), stored.title())) {
                event = event.withDetail("title", stored.title());
            }
            audit.append(event);
            return stored;
        });
    }

    /**
     * Today in the UK ({@code Europe/London}): the date a query, a hold or a release given no date is for, so that
     * just after midnight in British Summer Time it is already the new day.
     */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** The stored schedule. */
    public Schedule findSchedule(String scheduleId) {
        return schedules.find(scheduleId).orElseThrow(() -> new NotFoundException("schedule", scheduleId));
    }

    /** Schedules, a page at a time. */
    public Page<Schedule> listSchedules(PageRequest page) {
        return schedules.list(page);
    }

    /** The stored record. */
    public RetainedRecord findRecord(String recordId) {
        return records.find(recordId).orElseThrow(() -> new NotFoundException("record", recordId));
    }

    /** Records whose stored due date is on or before {@code date}, a page at a time. */
    public Page<RetainedRecord> listDueOnOrBefore(LocalDate date, PageRequest page) {
        return records.listDueOnOrBefore(date, page);
    }

    private static List<String> entryKeys(List<ScheduleEntry> entries) {
        return new ArrayList<>(byKey(entries).keySet());
    }

    /** Entry versions by "entry id@effective from", in schedule order. */
    private static Map<String, ScheduleEntry> byKey(List<ScheduleEntry> entries) {
        Map<String, ScheduleEntry> keyed = new LinkedHashMap<>();
        for (ScheduleEntry entry : entries) {
            keyed.put(entry.id() + "@" + entry.effectiveFrom(), entry);
        }
        return keyed;
    }

    /** Files a new record under an entry, computing and storing its due date. */
    public RetainedRecord file(String recordId, EntryRef entry, RecordFacts facts, String actor) {
        return unitOfWork.run("filing record " + recordId, () -> {
            IdRule.require("id", recordId);
            RetainedRecord saved = records.save(recompute(RetainedRecord.of(recordId, entry, facts)));
            audit.append(AuditEvent.of(actor, "record.filed", clock.instant(), "record", recordId)
                    .withDetail("entry", entry.toString()).withDetail("dueDate", String.valueOf(saved.dueDate())));
            return saved;
        });
    }

    /** Replaces a record's facts (optimistic: {@code expectedVersion} must be the stored one) and recomputes. */
    public RetainedRecord updateFacts(String recordId, long expectedVersion, RecordFacts facts, String actor) {
        return unitOfWork.run("changing the facts of record " + recordId, () -> {
            RetainedRecord current = load(recordId).withVersion(expectedVersion);
            RetainedRecord saved = records.save(recompute(current.withFacts(facts)));
            audit.append(AuditEvent.of(actor, "record.facts-changed", clock.instant(), "record", recordId)
                    .withDetail("dueDate", String.valueOf(saved.dueDate())));
            return saved;
        });
    }

    /** Records a review (optimistic) and recomputes. */
    public RetainedRecord review(String recordId, long expectedVersion, Review review, String actor) {
        return unitOfWork.run("reviewing record " + recordId, () -> {
            RetainedRecord current = load(recordId).withVersion(expectedVersion);
            RetainedRecord saved = records.save(recompute(current.plusReview(review)));
            audit.append(AuditEvent.of(actor, "record.reviewed", clock.instant(), "record", recordId)
                    .withDetail("outcome", review.outcome().toString()).withDetail("reason", review.reason())
                    .withDetail("dueDate", String.valueOf(saved.dueDate())));
            return saved;
        });
    }

    /** Recomputes a stored record (after a schedule change) and stores the answer. */
    public RetainedRecord refresh(String recordId) {
        return unitOfWork.run("refreshing record " + recordId, () -> {
            RetainedRecord current = load(recordId);
            return records.save(recompute(current));
        });
    }

    /** Places a hold on a record. Holds do not change the stored due date. */
    public LegalHold placeHold(LegalHold hold, String actor) {
        return unitOfWork.run("placing hold " + hold.id(), () -> {
            IdRule.require("id", hold.id());
            load(hold.findRecordId().orElseThrow(() -> new ValidationException("recordId", "a hold is placed on a record", null)));
            LegalHold placed = holds.place(hold);
            audit.append(AuditEvent.of(actor, "hold.placed", clock.instant(), "record", placed.recordId())
                    .withDetail("hold", placed.id()).withDetail("reason", placed.reason()));
            return placed;
        });
    }

    /**
     * Places one hold per record governed by {@code entry} (disposed records excepted), all or none; hold ids are
     * {@code holdIdPrefix + "-" + recordId}.
     */
    public List<LegalHold> placeHoldOnEntry(EntryRef entry, String holdIdPrefix, String reason, String authority,
                                            LocalDate placedOn, String actor) {
        return unitOfWork.run("placing holds on entry " + entry, () -> {
            IdRule.require("holdIdPrefix", holdIdPrefix);
            List<LegalHold> toPlace = Page.all(PAGE, page -> records.listByEntry(entry, page))
                    .filter(r -> !r.isDisposed())
                    .map(r -> LegalHold.placed(holdIdPrefix + "-" + r.id(), r.id(), reason, authority, placedOn))
                    .toList();
            List<LegalHold> placed = holds.placeAll(toPlace);
            for (LegalHold h : placed) {
                audit.append(AuditEvent.of(actor, "hold.placed", clock.instant(), "record", h.recordId())
                        .withDetail("hold", h.id()).withDetail("reason", h.reason()).withDetail("entry", entry.toString()));
            }
            return placed;
        });
    }

    /** Releases a hold from {@code releasedOn}, with a reason. */
    public LegalHold releaseHold(String holdId, LocalDate releasedOn, String reason, String actor) {
        return unitOfWork.run("releasing hold " + holdId, () -> {
            LegalHold released = holds.release(holdId, releasedOn, reason);
            audit.append(AuditEvent.of(actor, "hold.released", clock.instant(), "record", released.recordId())
                    .withDetail("hold", holdId).withDetail("reason", reason));
            return released;
        });
    }

    /** The full, explained answer for a stored record on {@code asOf}. */
    public RetentionResult calculate(String recordId, LocalDate asOf) {
        RetainedRecord record = load(recordId);
        return calculator.calculate(entryOf(record, asOf), record.facts(), holds.holdsOn(recordId), record.reviews(), asOf);
    }

    private RetainedRecord recompute(RetainedRecord record) {
        LocalDate today = LocalDate.now(clock);
        RetentionResult result = calculator.assess(entryOf(record, today), record.facts(), List.of(), record.reviews(), today);
        return record.withResult(result, today);
    }

    private ScheduleEntry entryOf(RetainedRecord record, LocalDate date) {
        return schedules.findEntry(record.entry(), date)
                .orElseThrow(() -> new NotFoundException("schedule entry", record.entry() + " on " + date));
    }

    private RetainedRecord load(String recordId) {
        return records.find(recordId).orElseThrow(() -> new NotFoundException("record", recordId));
    }
}
