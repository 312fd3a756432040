package org.igkit.rest.requests;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.handling.RequestRegister;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.RequesterCategory;
import org.igkit.requests.register.TimelinessReport;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.deadlines.DeadlineResponse;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.EnumFields;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/requests}: information requests received, their events, closure, deadline and statistics. Reads
 * need READER; changes need DPO and (for changes to a stored request) {@code If-Match}. Every change is audited.
 */
@Path("/v1/requests")
@RequiresRole(Role.READER)
@Tag(name = "requests")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class RequestResource {
    private final RequestRegister register;

    /** @param register the register's service, which audits every change and knows what day it is */
    public RequestResource(RequestRegister register) {
        this.register = register;
    }

    /**
     * A request as received.
     *
     * @param id                the register's id; generated when absent
     * @param regime            FOIA, EIR, UKGDPR_SAR, ...
     * @param nation            the receiving body's nation
     * @param reference         the body's own case reference
     * @param requesterCategory who asked (MEMBER_OF_PUBLIC, JOURNALIST, ...)
     * @param received          the date of receipt
     * @param schoolCalendarId  the school calendar, for the school regimes
     */
    public record NewRequest(String id, String regime, String nation, String reference, String requesterCategory,
                             LocalDate received, String schoolCalendarId) {
    }

    /**
     * An event.
     *
     * @param type the event type id (clarification_requested, fees_notice, ...)
     * @param date the day it happened
     */
    public record NewEvent(String type, LocalDate date) {
    }

    /**
     * A closure.
     *
     * @param on      the day it was closed
     * @param outcome GRANTED, PARTLY_GRANTED, REFUSED, NOT_HELD, WITHDRAWN or LAPSED
     */
    public record Closure(LocalDate on, String outcome) {
    }

    /**
     * A stored request.
     *
     * @param id                its id
     * @param regime            its regime
     * @param nation            the receiving body's nation
     * @param reference         the case reference
     * @param requesterCategory who asked
     * @param received          the date of receipt
     * @param events            its timeline
     * @param schoolCalendarId  the school calendar, if any
     * @param dueDate           the stored deadline (null while no clock runs)
     * @param closedOn          when closed
     * @param outcome           how it ended
     * @param version           the version (also the ETag)
     */
    public record RequestJson(String id, String regime, String nation, String reference, String requesterCategory,
                              LocalDate received, List<NewEvent> events, String schoolCalendarId, LocalDate dueDate,
                              LocalDate closedOn, String outcome, long version) {
        static RequestJson of(InformationRequest r) {
            return new RequestJson(r.id(), r.regime().name(), r.nation().name(), r.reference(),
                    r.requesterCategory().name(), r.received(),
                    r.events().stream().map(e -> new NewEvent(e.type().id(), e.date())).toList(),
                    r.schoolCalendarId(), r.dueDate(), r.closedOn(), r.outcome() == null ? null : r.outcome().name(),
                    r.version());
        }
    }

    /**
     * Timeliness of the requests received in a period.
     *
     * @param from    the first day
     * @param to      the last day
     * @param regimes the figures of each regime
     * @param total   the figures of all
     */
    public record Statistics(LocalDate from, LocalDate to, List<Figures> regimes, Figures total) {
        static Statistics of(TimelinessReport report) {
            return new Statistics(report.period().startInclusive(), report.period().endInclusive(),
                    report.regimes().stream().map(Figures::of).toList(), Figures.of(report.total()));
        }
    }

    /**
     * The figures of one regime, or of all.
     *
     * @param regime          the regime, or null for all
     * @param received        received in the period
     * @param closed          of those, closed
     * @param onTime          closed on time
     * @param late            closed late
     * @param percentOnTime   on time as a percentage of closed, or null when none closed
     * @param medianDaysTaken the median days taken, or null
     */
    public record Figures(String regime, int received, int closed, int onTime, int late, Double percentOnTime,
                          Double medianDaysTaken) {
        static Figures of(TimelinessReport.Figures f) {
            return new Figures(f.regime() == null ? null : f.regime().name(), f.received(), f.closed(), f.onTime(),
                    f.late(), f.percentOnTime().isPresent() ? f.percentOnTime().getAsDouble() : null,
                    f.medianDaysTaken().isPresent() ? f.medianDaysTaken().getAsDouble() : null);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Record a request received; its deadline is computed and stored")
    public Response receive(NewRequest body, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(body);
        ValidationException.Collector problems = ValidationException.collector();
        RegimeId regime = null;
        try {
            regime = RegimeId.parse(body.regime());
        } catch (ValidationException e) {
            problems.addAll("", e);
        }
        Nation nation = body.nation() == null ? Nation.ENGLAND
                : EnumFields.named(Nation.class, body.nation(), "nation", true, problems);
        RequesterCategory category = body.requesterCategory() == null ? null
                : EnumFields.named(RequesterCategory.class, body.requesterCategory(), "requesterCategory", true, problems);
        problems.throwIfAny();
        String id = body.id() == null ? UUID.randomUUID().toString() : body.id();
        InformationRequest request = InformationRequest.received(id, regime, nation, body.reference(), category,
                body.received());
        if (body.schoolCalendarId() != null) {
            request = request.withSchoolCalendarId(body.schoolCalendarId());
        }
        InformationRequest stored = register.receive(request, Caller.nameOf(security));
        URI location = uri.getBaseUriBuilder().path("v1/requests/{id}").build(stored.id());
        return Response.created(location).tag(Versions.tagOf(stored.version())).entity(RequestJson.of(stored)).build();
    }

    @GET
    @Operation(summary = "Open requests by id, or those due on or before a date (dueOnOrBefore), paged")
    public Response list(@QueryParam("dueOnOrBefore") String dueOnOrBefore, @QueryParam("limit") String limit,
                         @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        Page<InformationRequest> page = dueOnOrBefore == null ? register.listOpen(asked)
                : register.dueOnOrBefore(date(dueOnOrBefore, "dueOnOrBefore"), asked);
        return Paging.ok(page, RequestJson::of, asked, uri);
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "Timeliness statistics of requests received in [from, to], by regime")
    public Statistics statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(from != null, "from", "is required (YYYY-MM-DD)", null);
        problems.require(to != null, "to", "is required (YYYY-MM-DD)", null);
        problems.throwIfAny();
        return Statistics.of(register.timeliness(DateRange.ofClosed(date(from, "from"), date(to, "to"))));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One request, with its ETag")
    public Response get(@PathParam("id") String id) {
        InformationRequest request = register.get(id);
        return Response.ok(RequestJson.of(request)).tag(Versions.tagOf(request.version())).build();
    }

    @GET
    @Path("/{id}/deadline")
    @Operation(summary = "The request's deadline, status and explanation as of a date (default today)")
    public DeadlineResponse deadline(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        InformationRequest request = register.get(id);
        return DeadlineResponse.of(request.received(),
                asOf == null ? register.deadlineOf(id) : register.deadlineOf(id, date(asOf, "asOf")));
    }

    @POST
    @Path("/{id}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Add an event to the request's timeline (If-Match required); its deadline is recomputed")
    public Response addEvent(@PathParam("id") String id, NewEvent body, @Context Request http,
                             @Context HttpHeaders headers, @Context SecurityContext security) {
        Bodies.required(body);
        ValidationException.Collector problems = ValidationException.collector();
        EventType type = null;
        try {
            type = EventType.parse(body.type());
        } catch (ValidationException e) {
            problems.addAll("", e);
        }
        problems.require(body.date() != null, "date", "is required", null);
        problems.throwIfAny();
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/requests/" + id + "/events");
        InformationRequest stored = register.record(id, version, RequestEvent.of(type, body.date()),
                Caller.nameOf(security));
        return Response.ok(RequestJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Close the request with its outcome (If-Match required)")
    public Response close(@PathParam("id") String id, Closure body, @Context Request http,
                          @Context HttpHeaders headers, @Context SecurityContext security) {
        Bodies.required(body);
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(body.on() != null, "on", "is required", null);
        Outcome outcome = EnumFields.named(Outcome.class, body.outcome(), "outcome", true, problems);
        problems.throwIfAny();
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/requests/" + id + "/closure");
        InformationRequest stored = register.close(id, version, body.on(), outcome, Caller.nameOf(security));
        return Response.ok(RequestJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    private static LocalDate date(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(path, "must be a date, YYYY-MM-DD", text);
        }
    }

}
