package org.igkit.rest.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DeadlineQuery;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.ExtensionLength;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.school.TermDatesSchoolCalendar;
import org.igkit.rest.auth.Calculator;
import org.igkit.rest.http.Bodies;

/**
 * {@code POST /v1/deadlines}: the statutory deadline of one request (FOIA, EIR, FOISA, UK GDPR subject access,
 * ...) from its regime, nation, receipt and events, with no storage.
 */
@Path("/v1/deadlines")
@Calculator
@Tag(name = "calculators")
public final class DeadlineResource {
    private final DeadlineEngine engine;
    private final Nation defaultNation;

    /**
     * @param engine        the deadline engine (its clock gives today when a request has no {@code asOf})
     * @param defaultNation the nation used when a request names none ({@code ig.nation})
     */
    public DeadlineResource(DeadlineEngine engine, Nation defaultNation) {
        this.engine = engine;
        this.defaultNation = defaultNation;
    }

    /**
     * The request.
     *
     * @param regime         the regime id (FOIA, EIR, FOISA, UKGDPR_SAR, ...)
     * @param nation         ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND; default {@code ig.nation}
     * @param received       the date of receipt ({@code 2024-10-02}) or the instant it arrived ({@code 2024-10-02T23:30:00Z})
     * @param events         what happened since, e.g. {@code {"type": "clarification_received", "date": "2024-10-10"}}
     * @param asOf           the date to report the status for; default today
     * @param schoolCalendar the school's term dates, for FOIA_SCHOOL and PUPIL_INFO_ENGLAND
     * @param posted         FOISA and FOISA_REVIEW only: the day a posted request was posted, presumed received the
     *                       third day after (FOISA s.74(2)(b)); {@code received} may then be left out, or given if it
     *                       arrived later
     */
    public record DeadlineRequest(String regime, String nation, String received, List<EventJson> events,
                                  LocalDate asOf, SchoolCalendarJson schoolCalendar, LocalDate posted) {
    }

    /**
     * An event. An extension notice may carry the length the authority chose, shorter than the most the regime
     * allows: one of {@code extensionDays}, {@code extensionMonths} or {@code until}.
     *
     * @param type            the event type id, e.g. clarification_received
     * @param date            the day it happened
     * @param extensionDays   for an extension notice of a working-day regime: so many further working days after
     *                        the initial due date (e.g. 10; FOIA's bound is the ICO's 20 by default)
     * @param extensionMonths for a subject-access extension notice: 1 or 2 further months (UK GDPR Art 12(3))
     * @param until           for an extension notice: the date it extends to
     */
    public record EventJson(String type, LocalDate date, Integer extensionDays, Integer extensionMonths,
                            LocalDate until) {
    }

    /**
     * A school's term dates: a session day is a Monday to Friday inside a term, not a bank holiday of the school's
     * nation, not inside a closure.
     *
     * @param terms    the terms
     * @param closures closures within terms (INSET days, snow days)
     */
    public record SchoolCalendarJson(List<RangeJson> terms, List<RangeJson> closures) {
    }

    /**
     * Days from start to end, both included.
     *
     * @param start the first day
     * @param end   the last day
     */
    public record RangeJson(LocalDate start, LocalDate end) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Calculate a request's statutory deadline, its latest extended date and its status")
    public DeadlineResponse calculate(DeadlineRequest request) {
        DeadlineQuery query = queryOf(request);
        return DeadlineResponse.of(engine.dateOfReceipt(query), engine.calculate(query));
    }

    private DeadlineQuery queryOf(DeadlineRequest request) {
        Bodies.required(request);
        ValidationException.Collector problems = ValidationException.collector();
        RegimeId regime = null;
        try {
            regime = RegimeId.parse(request.regime());
        } catch (ValidationException e) {
            problems.addAll("", e);
        }
        Nation nation = defaultNation;
        if (request.nation() != null) {
            try {
                nation = Nation.valueOf(request.nation().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("nation", "must be one of " + List.of(Nation.values()), request.nation());
            }
        }
        List<RequestEvent> events = events(request.events(), problems);
        TermDatesSchoolCalendar school = school(request.schoolCalendar(), nation, problems);
        DeadlineQuery query = null;
        if (regime != null && request.received() == null && request.posted() != null) {
            query = DeadlineQuery.ofPosted(regime, nation, request.posted());
        } else if (regime != null) {
            try {
                query = DeadlineQuery.parse(regime, nation, request.received());
            } catch (ValidationException e) {
                problems.addAll("", e);
            }
        } else if (request.received() == null && request.posted() == null) {
            problems.add("received", "is required: an ISO date or instant", null);
        }
        problems.throwIfAny();
        query = query.withEvents(events);
        if (request.posted() != null) {
            query = query.withPosted(request.posted());
        }
        if (request.asOf() != null) {
            query = query.withAsOf(request.asOf());
        }
        if (school != null) {
            query = query.withSchoolCalendar(school);
        }
        return query;
    }

    private static List<RequestEvent> events(List<EventJson> given, ValidationException.Collector problems) {
        List<RequestEvent> events = new ArrayList<>();
        if (given == null) {
            return events;
        }
        for (int i = 0; i < given.size(); i++) {
            EventJson event = given.get(i);
            String path = "events[" + i + "]";
            if (event == null) {
                problems.add(path, "is required", null);
                continue;
            }
            EventType type = null;
            try {
                type = EventType.parse(event.type());
            } catch (ValidationException e) {
                problems.addAll(path, e);
            }
            if (event.date() == null) {
                problems.add(path + ".date", "is required", null);
            }
            ExtensionLength length = length(event, path, problems);
            if (type != null && event.date() != null) {
                events.add(new RequestEvent(type, event.date(), length));
            }
        }
        return events;
    }

    private static ExtensionLength length(EventJson event, String path, ValidationException.Collector problems) {
        int given = (event.extensionDays() == null ? 0 : 1) + (event.extensionMonths() == null ? 0 : 1)
                + (event.until() == null ? 0 : 1);
        if (given > 1) {
            problems.add(path, "give one of extensionDays, extensionMonths and until", null);
            return null;
        }
        try {
            if (event.extensionDays() != null) {
                return ExtensionLength.workingDays(event.extensionDays());
            }
            if (event.extensionMonths() != null) {
                return ExtensionLength.months(event.extensionMonths());
            }
        } catch (ValidationException e) {
            problems.addAll(path, e);
            return null;
        }
        return event.until() == null ? null : ExtensionLength.until(event.until());
    }

    private TermDatesSchoolCalendar school(SchoolCalendarJson given, Nation nation, ValidationException.Collector problems) {
        if (given == null) {
            return null;
        }
        List<DateRange> terms = ranges(given.terms(), "schoolCalendar.terms", problems);
        List<DateRange> closures = ranges(given.closures(), "schoolCalendar.closures", problems);
        if (terms == null || closures == null) {
            return null;
        }
        try {
            return TermDatesSchoolCalendar.of("request", terms, closures, nation, engine.calendar());
        } catch (ValidationException e) {
            problems.addAll("schoolCalendar", e);
            return null;
        }
    }

    private static List<DateRange> ranges(List<RangeJson> given, String path, ValidationException.Collector problems) {
        List<DateRange> ranges = new ArrayList<>();
        if (given == null) {
            return ranges;
        }
        boolean complete = true;
        for (int i = 0; i < given.size(); i++) {
            RangeJson range = given.get(i);
            String at = path + "[" + i + "]";
            if (range == null || range.start() == null || range.end() == null) {
                problems.add(at, "needs a start and an end date", null);
                complete = false;
                continue;
            }
            try {
                ranges.add(DateRange.ofClosed(range.start(), range.end()));
            } catch (ValidationException e) {
                problems.addAll(at, e);
                complete = false;
            } catch (DateTimeParseException e) {
                problems.add(at, "is not a valid range", null);
                complete = false;
            }
        }
        return complete ? ranges : null;
    }
}
