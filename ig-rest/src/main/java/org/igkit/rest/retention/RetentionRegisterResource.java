package org.igkit.rest.retention;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.explain.StepJson;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;
import org.igkit.rest.retention.RetentionCalculationResource.ReviewJson;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleCsv;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * {@code /v1/schedules}, {@code /v1/records} and {@code /v1/holds}: retention schedules (uploaded as CSV), the
 * records they govern with their facts and reviews, and legal holds. Reads need READER; changes need
 * RECORDS_MANAGER and, to a stored record, {@code If-Match}. The retention register audits every change.
 */
@Path("/v1")
@RequiresRole(Role.READER)
@Tag(name = "retention")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class RetentionRegisterResource {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final RetentionRegister register;
    private final Clock clock;

    /**
     * @param register the retention register's service, which audits every change
     * @param clock    what "today" is when a query gives no date
     */
    public RetentionRegisterResource(RetentionRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /**
     * A stored schedule, in brief.
     *
     * @param id      its id
     * @param title   its title
     * @param source  where it comes from
     * @param entries how many entries (every version)
     * @param version the version (also the ETag)
     */
    public record ScheduleJson(String id, String title, String source, int entries, long version) {
        static ScheduleJson of(Schedule s) {
            return new ScheduleJson(s.id(), s.title(), s.source(), s.entries().size(), s.version());
        }
    }

    /**
     * A stored schedule with every version of every entry.
     *
     * @param id      its id
     * @param title   its title
     * @param source  where it comes from
     * @param version the version (also the ETag)
     * @param entries every entry version, in the schedule's order, with the dates it is in force
     */
    public record ScheduleDetailJson(String id, String title, String source, long version, List<EntryJson> entries) {
        static ScheduleDetailJson of(Schedule s) {
            return new ScheduleDetailJson(s.id(), s.title(), s.source(), s.version(),
                    s.entries().stream().map(EntryJson::of).toList());
        }
    }

    /**
     * One version of a schedule entry.
     *
     * @param id            the entry's id
     * @param classRef      its classification reference
     * @param title         its title
     * @param action        the disposal action
     * @param effectiveFrom the first day this version is in force
     * @param effectiveTo   the last day, or null while it is the current version
     * @param authority     the status of its authority
     * @param verified      whether its wording was checked against the source
     */
    public record EntryJson(String id, String classRef, String title, String action, LocalDate effectiveFrom,
                            LocalDate effectiveTo, String authority, boolean verified) {
        static EntryJson of(ScheduleEntry e) {
            return new EntryJson(e.id(), e.classRef(), e.title(), e.action().name(), e.effectiveFrom(),
                    e.effectiveTo(), e.authority() == null ? null : e.authority().name(), e.verified());
        }
    }

    /**
     * A record to file.
     *
     * @param id       the record's id
     * @param schedule the schedule's id
     * @param entry    the entry's id in it
     * @param facts    dates (YYYY-MM-DD) and flags by name
     */
    public record NewRecord(String id, String schedule, String entry, Map<String, JsonNode> facts) {
    }

    /**
     * New facts of a record.
     *
     * @param facts dates (YYYY-MM-DD) and flags by name; they replace the stored ones
     */
    public record Facts(Map<String, JsonNode> facts) {
    }

    /**
     * A stored record.
     *
     * @param id         its id
     * @param schedule   its schedule
     * @param entry      its entry
     * @param facts      its facts
     * @param dueDate    the stored due date
     * @param status     the stored status
     * @param computedOn when the status was computed
     * @param disposed   true once disposed of
     * @param version    the version (also the ETag)
     */
    public record RecordJson(String id, String schedule, String entry, Map<String, Object> facts, LocalDate dueDate,
                             String status, LocalDate computedOn, boolean disposed, long version) {
        static RecordJson of(RetainedRecord r) {
            Map<String, Object> facts = new TreeMap<>();
            r.facts().dates().forEach(facts::put);
            r.facts().flags().forEach(facts::put);
            return new RecordJson(r.id(), r.entry().scheduleId(), r.entry().entryId(), facts, r.dueDate(),
                    r.status() == null ? null : r.status().name(), r.computedOn(), r.disposal() != null, r.version());
        }
    }

    /**
     * A hold to place on a record.
     *
     * @param id        the hold's id
     * @param recordId  the record held
     * @param reason    why
     * @param authority who ordered it
     * @param placedOn  from when; default today
     */
    public record NewHold(String id, String recordId, String reason, String authority, LocalDate placedOn) {
    }

    /**
     * A release.
     *
     * @param releasedOn from when; default today
     * @param reason     why
     */
    public record Release(LocalDate releasedOn, String reason) {
    }

    /**
     * A hold.
     *
     * @param id            its id
     * @param recordId      the record held
     * @param reason        why
     * @param authority     who ordered it
     * @param placedOn      from when
     * @param releasedOn    until when, if released
     * @param releaseReason why released
     * @param version       the version
     */
    public record HoldJson(String id, String recordId, String reason, String authority, LocalDate placedOn,
                           LocalDate releasedOn, String releaseReason, long version) {
        static HoldJson of(LegalHold h) {
            return new HoldJson(h.id(), h.recordId(), h.reason(), h.authority(), h.placedOn(), h.releasedOn(),
                    h.releaseReason(), h.version());
        }
    }

    /**
     * A record's retention as of a date.
     *
     * @param status        DUE, NOT_YET_DUE, HELD, PENDING or PERMANENT
     * @param dueDate       the due date
     * @param action        the disposal action
     * @param eligibleNow   whether it may be taken now
     * @param blockedByHold whether a hold blocks it
     * @param missingFacts  facts whose absence makes it PENDING
     * @param holdsInForce  holds in force
     * @param explanation   the steps, with citations
     */
    public record RetentionJson(String status, LocalDate dueDate, String action, boolean eligibleNow,
                                boolean blockedByHold, List<String> missingFacts, List<String> holdsInForce,
                                List<StepJson> explanation) {
        static RetentionJson of(RetentionResult r) {
            return new RetentionJson(r.status().name(), r.dueDate(), r.action().name(), r.eligibleNow(),
                    r.blockedByHold(), r.missingFacts().stream().sorted().toList(),
                    r.holdsInForce().stream().map(LegalHold::id).toList(), StepJson.of(r.explanation()));
        }
    }

    @POST
    @Path("/schedules")
    @Consumes("text/csv")
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Upload a schedule as CSV (?id=&title=&source=); errors name the line and field")
    public Response uploadSchedule(String csv, @QueryParam("id") String id, @QueryParam("title") String title,
                                   @QueryParam("source") String source, @Context UriInfo uri,
                                   @Context SecurityContext security) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(id != null && !id.isBlank(), "id", "is required (query parameter)", id);
        problems.require(title != null && !title.isBlank(), "title", "is required (query parameter)", title);
        problems.require(csv != null && !csv.isBlank(), "", "a CSV body is required; header: " + ScheduleCsv.HEADER, null);
        problems.throwIfAny();
        Schedule stored = register.uploadSchedule(ScheduleCsv.read(id, title, source == null ? "" : source,
                new StringReader(csv)), actor(security));
        URI location = uri.getBaseUriBuilder().path("v1/schedules/{id}").build(stored.id());
        return Response.created(location).tag(Versions.tagOf(stored.version())).entity(ScheduleJson.of(stored)).build();
    }

    @PUT
    @Path("/schedules/{id}")
    @Consumes("text/csv")
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Replace a schedule by a new version uploaded as CSV (If-Match required; ?title=&source= "
            + "default to the stored ones); every entry version with its effective dates is in the CSV")
    public Response replaceSchedule(@PathParam("id") String id, String csv, @QueryParam("title") String title,
                                    @QueryParam("source") String source, @Context Request http,
                                    @Context HttpHeaders headers, @Context SecurityContext security) {
        Schedule current = register.findSchedule(id);
        long version = Versions.requireMatch(headers, current.version(), "/v1/schedules/" + id);
        if (csv == null || csv.isBlank()) {
            throw new ValidationException("", "a CSV body is required; header: " + ScheduleCsv.HEADER, null);
        }
        Schedule next = ScheduleCsv.read(id, title == null || title.isBlank() ? current.title() : title,
                source == null ? current.source() : source, new StringReader(csv));
        Schedule stored = register.replaceSchedule(next, version, actor(security));
        return Response.ok(ScheduleDetailJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    @GET
    @Path("/schedules")
    @Operation(summary = "Schedules, paged")
    public Response listSchedules(@QueryParam("limit") String limit, @QueryParam("after") String after,
                                  @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        return Paging.ok(register.listSchedules(asked), ScheduleJson::of, asked, uri);
    }

    @GET
    @Path("/schedules/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "One schedule with its version (ETag) and every entry version with its effective dates, "
            + "as JSON, or as CSV (Accept: text/csv)")
    public Response schedule(@PathParam("id") String id, @Context HttpHeaders headers) {
        Schedule schedule = register.findSchedule(id);
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.toString().startsWith("text/csv"));
        Response.ResponseBuilder response = csv
                ? Response.ok(ScheduleCsv.write(schedule.entries()), "text/csv")
                : Response.ok(ScheduleDetailJson.of(schedule), MediaType.APPLICATION_JSON);
        return response.tag(Versions.tagOf(schedule.version())).build();
    }

    @POST
    @Path("/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "File a record under a schedule entry; its due date is computed and stored")
    public Response file(NewRecord body, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(body);
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(body.id() != null && !body.id().isBlank(), "id", "is required", body.id());
        problems.require(body.schedule() != null && !body.schedule().isBlank(), "schedule", "is required", body.schedule());
        problems.require(body.entry() != null && !body.entry().isBlank(), "entry", "is required", body.entry());
        RecordFacts facts = facts(body.facts(), problems);
        problems.throwIfAny();
        RetainedRecord stored = register.file(body.id(), EntryRef.of(body.schedule(), body.entry()), facts, actor(security));
        URI location = uri.getBaseUriBuilder().path("v1/records/{id}").build(stored.id());
        return Response.created(location).tag(Versions.tagOf(stored.version())).entity(RecordJson.of(stored)).build();
    }

    @GET
    @Path("/records")
    @Operation(summary = "Records due on or before a date (dueOnOrBefore, default today), by due date, paged")
    public Response due(@QueryParam("dueOnOrBefore") String date, @QueryParam("limit") String limit,
                        @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        LocalDate on = date == null ? LocalDate.now(clock.withZone(UK)) : date(date, "dueOnOrBefore");
        Page<RetainedRecord> page = register.listDueOnOrBefore(on, asked);
        return Paging.ok(page, RecordJson::of, asked, uri);
    }

    @GET
    @Path("/records/{id}")
    @Operation(summary = "One record, with its ETag")
    public Response record(@PathParam("id") String id) {
        RetainedRecord record = register.findRecord(id);
        return Response.ok(RecordJson.of(record)).tag(Versions.tagOf(record.version())).build();
    }

    @GET
    @Path("/records/{id}/retention")
    @Operation(summary = "The record's retention as of a date (default today), with its explanation")
    public RetentionJson retention(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        LocalDate on = asOf == null ? LocalDate.now(clock.withZone(UK)) : date(asOf, "asOf");
        return RetentionJson.of(register.calculate(id, on));
    }

    @POST
    @Path("/records/{id}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Replace the record's facts (If-Match required); its due date is recomputed")
    public Response updateFacts(@PathParam("id") String id, Facts body, @Context Request http,
                                @Context HttpHeaders headers, @Context SecurityContext security) {
        ValidationException.Collector problems = ValidationException.collector();
        RecordFacts facts = facts(body == null ? null : body.facts(), problems);
        problems.throwIfAny();
        long version = Versions.requireMatch(headers, current(id).version(), "/v1/records/" + id);
        RetainedRecord stored = register.updateFacts(id, version, facts, actor(security));
        return Response.ok(RecordJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    @POST
    @Path("/records/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Record a review of the record (If-Match required); a review only extends retention")
    public Response review(@PathParam("id") String id, ReviewJson body, @Context Request http,
                           @Context HttpHeaders headers, @Context SecurityContext security) {
        Bodies.required(body);
        ValidationException.Collector problems = ValidationException.collector();
        List<Review> reviews = RetentionCalculationResource.reviews(List.of(body), problems);
        List<Violation> found = problems.violations();
        if (!found.isEmpty()) {
            throw new ValidationException(found.stream()
                    .map(v -> new Violation(v.path().replaceFirst("^reviews\\[0\\]\\.?", ""),
                            v.message(), v.rejectedValue())).toList());
        }
        long version = Versions.requireMatch(headers, current(id).version(), "/v1/records/" + id);
        RetainedRecord stored = register.review(id, version, reviews.get(0), actor(security));
        return Response.ok(RecordJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    @POST
    @Path("/holds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Place a legal hold on a record: its disposal is blocked while the hold is in force")
    public Response placeHold(NewHold body, @Context SecurityContext security) {
        Bodies.required(body);
        LocalDate on = body.placedOn() == null ? LocalDate.now(clock.withZone(UK)) : body.placedOn();
        if (body.recordId() != null) {
            current(body.recordId());
        }
        LegalHold hold = LegalHold.placed(body.id(), body.recordId(), body.reason(), body.authority(), on);
        LegalHold stored = register.placeHold(hold, actor(security));
        return Response.status(201).entity(HoldJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    @POST
    @Path("/holds/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Release a legal hold")
    public Response releaseHold(@PathParam("id") String id, Release body, @Context SecurityContext security) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw new ValidationException("reason", "must not be blank", null);
        }
        LocalDate on = body.releasedOn() == null ? LocalDate.now(clock.withZone(UK)) : body.releasedOn();
        LegalHold stored = register.releaseHold(id, on, body.reason(), actor(security));
        return Response.ok(HoldJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    private RetainedRecord current(String id) {
        return register.findRecord(id);
    }

    private static RecordFacts facts(Map<String, JsonNode> given, ValidationException.Collector problems) {
        return RetentionCalculationResource.facts(given, problems);
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }

    private static LocalDate date(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(path, "must be a date, YYYY-MM-DD", text);
        }
    }
}
