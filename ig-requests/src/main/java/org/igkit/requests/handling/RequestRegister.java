package org.igkit.requests.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
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
 * The request register's use cases. Every change runs the timeline through the deadline engine first (so an
 * invalid timeline is refused before anything is written) and stores the computed due date with the request.
 * Thread-safe when its ports are; concurrent changes to one request meet optimistic locking.
 */
public final class RequestRegister {
    private final RequestRepository repository;
    private final DeadlineEngine engine;
    private final SchoolCalendars schools;

    private RequestRegister(RequestRepository repository, DeadlineEngine engine, SchoolCalendars schools) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.schools = Objects.requireNonNull(schools, "schools");
    }

    /** A register over {@code repository}, computing with {@code engine}, school calendars from {@code schools}. */
    public static RequestRegister of(RequestRepository repository, DeadlineEngine engine, SchoolCalendars schools) {
        return new RequestRegister(repository, engine, schools);
    }

    /** Records a newly received request (version 0) with its due date; returns the stored copy. */
    public InformationRequest receive(InformationRequest request) {
        return repository.save(withComputedDueDate(request));
    }

    /** Appends {@code event} to the request's timeline (validated by the engine) and stores it. */
    public InformationRequest record(String id, RequestEvent event) {
        InformationRequest current = repository.get(id);
        return repository.save(withComputedDueDate(current.withEvent(event)));
    }

    /** Closes the request on {@code on} with {@code outcome} and stores it. */
    public InformationRequest close(String id, LocalDate on, Outcome outcome) {
        InformationRequest current = repository.get(id);
        return repository.save(withComputedDueDate(current.closedOn(on, outcome)));
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
