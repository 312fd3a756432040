package org.igkit.requests.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.igkit.core.IdRule;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DeadlineQuery;
import org.igkit.requests.engine.DeadlineResult;
import org.igkit.requests.port.RequestRepository;
import org.igkit.requests.port.SchoolCalendar;
import org.igkit.requests.port.SchoolCalendars;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.TimelinessReport;
import org.igkit.requests.regime.RequestEvent;

/**
 * The request register's use cases, and the only way to change it: every change is audited, with the same action
 * names whoever calls it. Every change runs the timeline through the deadline engine first (so an
 * invalid timeline is refused before anything is written) and stores the computed due date with the request.
 * Thread-safe when its ports are; concurrent changes to one request meet optimistic locking.
 */
public final class RequestRegister {
    /** The audit subject type of requests. */
    public static final String AUDIT_SUBJECT = "information request";
    /** The audit action of a request received. */
    public static final String RECEIVED = "request.received";
    /** The audit action of an event added to a request's timeline. */
    public static final String EVENT = "request.event";
    /** The audit action of a request closed. */
    public static final String CLOSED = "request.closed";
    /** The actor recorded by the methods that take none. */
    public static final String UNNAMED_ACTOR = "system";
    /** Where "today" is for a deadline asked without a date. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final RequestRepository repository;
    private final DeadlineEngine engine;
    private final SchoolCalendars schools;
    private final AuditLog auditLog;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    private RequestRegister(RequestRepository repository, DeadlineEngine engine, SchoolCalendars schools,
                            AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.schools = Objects.requireNonNull(schools, "schools");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A register over {@code repository}, computing with {@code engine}, school calendars from {@code schools},
     * auditing every change in {@code auditLog} at the instant of {@code clock}, each change and its entry in one
     * unit of {@code unitOfWork} (the store's, so that they commit together).
     */
    public static RequestRegister of(RequestRepository repository, DeadlineEngine engine, SchoolCalendars schools,
                                     AuditLog auditLog, UnitOfWork unitOfWork, Clock clock) {
        return new RequestRegister(repository, engine, schools, auditLog, unitOfWork, clock);
    }

    /**
     * A register over ports held in memory ({@link UnitOfWork#serialised()}: changes run one at a time, nothing
     * is rolled back). Over a database pass its unit of work to {@link #of(RequestRepository, DeadlineEngine,
     * SchoolCalendars, AuditLog, UnitOfWork, Clock)}, or a crash between a change and its entry leaves the change
     * unaudited.
     */
    public static RequestRegister of(RequestRepository repository, DeadlineEngine engine, SchoolCalendars schools,
                                     AuditLog auditLog, Clock clock) {
        return of(repository, engine, schools, auditLog, UnitOfWork.serialised(), clock);
    }

    /** {@link #receive(InformationRequest, String)} by {@link #UNNAMED_ACTOR}. */
    public InformationRequest receive(InformationRequest request) {
        return receive(request, UNNAMED_ACTOR);
    }

    /**
     * Records a newly received request (version 0) with its due date and audits {@value #RECEIVED} by
     * {@code actor}; returns the stored copy.
     */
    public InformationRequest receive(InformationRequest request, String actor) {
        Objects.requireNonNull(actor, "actor");
        IdRule.require("id", request.id());
        InformationRequest computed = withComputedDueDate(request);
        return unitOfWork.run("receiving request " + request.id(), () -> {
            InformationRequest stored = repository.save(computed);
            audit(actor, RECEIVED, stored, Map.of("regime", stored.regime().name(), "reference", stored.reference()));
            return stored;
        });
    }

    /** {@link #record(String, long, RequestEvent, String)} on the stored version, by {@link #UNNAMED_ACTOR}. */
    public InformationRequest record(String id, RequestEvent event) {
        return record(id, repository.get(id).version(), event, UNNAMED_ACTOR);
    }

    /**
     * Appends {@code event} to the timeline of the request at {@code expectedVersion} (validated by the engine),
     * stores it and audits {@value #EVENT} by {@code actor}.
     *
     * @throws ConflictException when the stored version is not {@code expectedVersion}
     */
    public InformationRequest record(String id, long expectedVersion, RequestEvent event, String actor) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        return unitOfWork.run("recording an event of request " + id, () -> {
            InformationRequest current = current(id, expectedVersion);
            InformationRequest stored = repository.save(withComputedDueDate(current.withEvent(event)));
            audit(actor, EVENT, stored, Map.of("type", event.type().id(), "date", event.date().toString()));
            return stored;
        });
    }

    /** {@link #close(String, long, LocalDate, Outcome, String)} on the stored version, by {@link #UNNAMED_ACTOR}. */
    public InformationRequest close(String id, LocalDate on, Outcome outcome) {
        return close(id, repository.get(id).version(), on, outcome, UNNAMED_ACTOR);
    }

    /**
     * Closes the request at {@code expectedVersion} on {@code on} with {@code outcome}, stores it and audits
     * {@value #CLOSED} by {@code actor}.
     *
     * @throws ConflictException when the stored version is not {@code expectedVersion}
     */
    public InformationRequest close(String id, long expectedVersion, LocalDate on, Outcome outcome, String actor) {
        Objects.requireNonNull(actor, "actor");
        return unitOfWork.run("closing request " + id, () -> {
            InformationRequest current = current(id, expectedVersion);
            InformationRequest stored = repository.save(withComputedDueDate(current.closedOn(on, outcome)));
            audit(actor, CLOSED, stored, Map.of("on", String.valueOf(on), "outcome", String.valueOf(outcome)));
            return stored;
        });
    }

    /** The stored request. */
    public InformationRequest get(String id) {
        return repository.get(id);
    }

    /** Open requests by id, a page at a time. */
    public Page<InformationRequest> listOpen(PageRequest page) {
        return repository.listOpen(page);
    }

    private InformationRequest current(String id, long expectedVersion) {
        InformationRequest current = repository.get(id);
        if (current.version() != expectedVersion) {
            throw ConflictException.versionMismatch(AUDIT_SUBJECT, id, expectedVersion, current.version());
        }
        return current;
    }

    private void audit(String actor, String action, InformationRequest request, Map<String, String> details) {
        auditLog.append(new AuditEvent(actor, action, clock.instant(), AUDIT_SUBJECT, request.id(), details));
    }

    /**
     * The full answer for a stored request, with its status as of today: the date of the register's clock in
     * the UK ({@code Europe/London}), so a request asked about just after midnight in British Summer Time is
     * answered for the new day, not for the day before in UTC.
     */
    public DeadlineResult deadlineOf(String id) {
        return deadlineOf(id, LocalDate.now(clock.withZone(UK)));
    }

    /** The full answer for a stored request, with its status as of {@code asOf}. */
    public DeadlineResult deadlineOf(String id, LocalDate asOf) {
        InformationRequest request = repository.get(id);
        return engine.calculate(DeadlineQuery.from(request, schoolCalendarOf(request)).withAsOf(asOf));
    }

    /** Open requests due on or before {@code date}: due that day or overdue. */
    public Page<InformationRequest> dueOnOrBefore(LocalDate date, PageRequest page) {
        return repository.listDueOnOrBefore(date, page);
    }

    /** Timeliness over {@code period}, from every request received or closed in it. */
    public TimelinessReport timeliness(DateRange period) {
        List<InformationRequest> received = readAll(page -> repository.listReceivedBetween(period.startInclusive(),
                period.endInclusive(), page));
        List<InformationRequest> closed = readAll(page -> repository.listClosedBetween(period.startInclusive(),
                period.endInclusive(), page));
        return TimelinessReport.of(period, received, closed);
    }

    private InformationRequest withComputedDueDate(InformationRequest request) {
        DeadlineQuery query = DeadlineQuery.from(request, schoolCalendarOf(request)).withAsOf(request.received());
        return request.withDueDate(engine.calculate(query).dueDate());
    }

    private SchoolCalendar schoolCalendarOf(InformationRequest request) {
        if (request.schoolCalendarId() == null) {
            return null;
        }
        return schools.find(request.schoolCalendarId()).orElseThrow(() -> new ValidationException("schoolCalendarId",
                "names no known school calendar", request.schoolCalendarId()));
    }

    private static List<InformationRequest> readAll(Function<PageRequest, Page<InformationRequest>> list) {
        return Page.all(list).toList();
    }
}
