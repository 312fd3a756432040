package org.igkit.requests.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.Nation;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;

/**
 * One request in the register: what was asked under which regime, when it arrived, what happened since, and how
 * it ended. Immutable; every change returns a copy. The canonical constructor takes every stored field, so an
 * adapter can rebuild it exactly.
 *
 * <p>{@code dueDate} is the deadline the deadline engine computed from the timeline (stored so that "due on or
 * before D" is a range query); it is {@code null} while no clock runs (awaiting a clarification, an identity
 * check or a fee) or after a FOIA fee lapsed. {@code closedOn} and {@code outcome} are both set or both null;
 * a closure is not one of the {@code events}.
 *
 * @param id                the register's id for the request, unique
 * @param regime            the statutory regime that sets its deadline
 * @param nation            the nation of the body that received it (a SAR rolls over that nation's holidays)
 * @param reference         the body's own case reference, e.g. "FOI-2024-0193"
 * @param requesterCategory who asked, for reporting
 * @param received          the date of receipt (the Europe/London date of arrival)
 * @param events            what happened since, in date order; never {@code closed}
 * @param schoolCalendarId  the school calendar for the school regimes, or {@code null}
 * @param dueDate           the deadline computed from the timeline, or {@code null} while no clock runs
 * @param closedOn          the day it was closed, or {@code null} while open
 * @param outcome           how it ended, or {@code null} while open
 * @param version           the optimistic-locking version: 0 before the first save
 */
public record InformationRequest(
        String id,
        RegimeId regime,
        Nation nation,
        String reference,
        RequesterCategory requesterCategory,
        LocalDate received,
        List<RequestEvent> events,
        String schoolCalendarId,
        LocalDate dueDate,
        LocalDate closedOn,
        Outcome outcome,
        long version) {

    public InformationRequest {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(id != null && !id.isBlank(), "id", "must not be blank", id);
        problems.require(regime != null, "regime", "is required", null);
        problems.require(nation != null, "nation", "is required", null);
        problems.require(reference != null && !reference.isBlank(), "reference", "must not be blank", reference);
        problems.require(requesterCategory != null, "requesterCategory", "is required", null);
        problems.require(received != null, "received", "is required", null);
        problems.require(events != null, "events", "is required (may be empty)", null);
        problems.require(version >= 0, "version", "must not be negative", version);
        problems.require((closedOn == null) == (outcome == null), "outcome",
                "must be given exactly when closedOn is", outcome);
        if (events != null && received != null) {
            LocalDate previous = received;
            for (int i = 0; i < events.size(); i++) {
                RequestEvent event = events.get(i);
                if (event == null) {
                    problems.add("events[" + i + "]", "must not be null", null);
                    continue;
                }
                if (event.type() == EventType.CLOSED) {
                    problems.add("events[" + i + "].type", "must not be closed: close the request instead", event.type());
                }
                problems.require(!event.date().isBefore(previous), "events[" + i + "].date",
                        "must be on or after " + previous + " (receipt and the events before it)", event.date());
                previous = event.date().isBefore(previous) ? previous : event.date();
            }
        }
        if (closedOn != null && received != null) {
            problems.require(!closedOn.isBefore(received), "closedOn", "must be on or after received (" + received + ")",
                    closedOn);
            if (events != null && !events.isEmpty() && events.get(events.size() - 1) != null) {
                LocalDate last = events.get(events.size() - 1).date();
                problems.require(!closedOn.isBefore(last), "closedOn",
                        "must be on or after the last event (" + last + ")", closedOn);
            }
        }
        problems.throwIfAny();
        events = List.copyOf(events);
    }

    /** A newly received, unsaved request (version 0) with no events, no due date yet, open. */
    public static InformationRequest received(String id, RegimeId regime, Nation nation, String reference,
                                              RequesterCategory requesterCategory, LocalDate received) {
        return new InformationRequest(id, regime, nation, reference, requesterCategory, received, List.of(), null,
                null, null, null, 0);
    }

    /** True until the request is closed. */
    public boolean isOpen() {
        return closedOn == null;
    }

    /** The computed deadline, unless no clock runs. */
    public Optional<LocalDate> findDueDate() {
        return Optional.ofNullable(dueDate);
    }

    /** The day it was closed, if it is. */
    public Optional<LocalDate> findClosedOn() {
        return Optional.ofNullable(closedOn);
    }

    /** How it ended, if it is closed. */
    public Optional<Outcome> findOutcome() {
        return Optional.ofNullable(outcome);
    }

    /** The school calendar id, for the school regimes. */
    public Optional<String> findSchoolCalendarId() {
        return Optional.ofNullable(schoolCalendarId);
    }

    /** True when closed on or before its due date (a request closed while no clock ran is on time). */
    public boolean isClosedOnTime() {
        return closedOn != null && (dueDate == null || !closedOn.isAfter(dueDate));
    }

    /** The events, then the closure as a {@code closed} event if closed: the timeline the engine reads. */
    public List<RequestEvent> timeline() {
        if (closedOn == null) {
            return events;
        }
        List<RequestEvent> all = new ArrayList<>(events);
        all.add(RequestEvent.of(EventType.CLOSED, closedOn));
        return List.copyOf(all);
    }

    /** A copy with {@code event} appended; refused once the request is closed. */
    public InformationRequest withEvent(RequestEvent event) {
        Objects.requireNonNull(event, "event");
        requireOpen();
        List<RequestEvent> all = new ArrayList<>(events);
        all.add(event);
        return new InformationRequest(id, regime, nation, reference, requesterCategory, received, all,
                schoolCalendarId, dueDate, closedOn, outcome, version);
    }

    /** A copy using the school calendar {@code calendarId} (FOIA_SCHOOL, PUPIL_INFO_ENGLAND). */
    public InformationRequest withSchoolCalendarId(String calendarId) {
        return new InformationRequest(id, regime, nation, reference, requesterCategory, received, events, calendarId,
                dueDate, closedOn, outcome, version);
    }

    /** A copy with the deadline the engine computed ({@code null}: no clock runs). */
    public InformationRequest withDueDate(LocalDate computedDueDate) {
        return new InformationRequest(id, regime, nation, reference, requesterCategory, received, events,
                schoolCalendarId, computedDueDate, closedOn, outcome, version);
    }

    /** A copy closed on {@code day} with {@code result}; refused when already closed. */
    public InformationRequest closedOn(LocalDate day, Outcome result) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(result, "result");
        requireOpen();
        return new InformationRequest(id, regime, nation, reference, requesterCategory, received, events,
                schoolCalendarId, dueDate, day, result, version);
    }

    /** A copy with another version number; for adapters returning the stored copy. */
    public InformationRequest withVersion(long newVersion) {
        return new InformationRequest(id, regime, nation, reference, requesterCategory, received, events,
                schoolCalendarId, dueDate, closedOn, outcome, newVersion);
    }

    private void requireOpen() {
        if (closedOn != null) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    "information request '" + id + "' was closed on " + closedOn + " and cannot change");
        }
    }
}
