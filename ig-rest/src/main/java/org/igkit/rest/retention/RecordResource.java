package org.igkit.rest.retention;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.explain.StepJson;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;
import org.igkit.rest.retention.RetentionInputs.RecordInput;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.RecordFacts;

/**
 * {@code /v1/records}: the records retention schedules govern, with their facts, reviews, stored due dates and
 * retention as of a date. Reads need READER; changes need RECORDS_MANAGER and, to a stored record,
 * {@code If-Match}. The retention register audits every change.
 */
@Path("/v1/records")
@RequiresRole(Role.READER)
@Tag(name = "retention")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class RecordResource {
    private final RetentionRegister register;

    /** @param register the retention register's service, which audits every change and knows what day it is */
    public RecordResource(RetentionRegister register) {
        this.register = register;
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
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "File a record under a schedule entry; its due date is computed and stored")
    public Response file(NewRecord body, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(body);
        RecordInput given = RetentionInputs.newRecord(body, "");
        RetainedRecord stored = register.file(given.id(), given.entry(), given.facts(), Caller.nameOf(security));
        URI location = uri.getBaseUriBuilder().path("v1/records/{id}").build(stored.id());
        return Response.created(location).tag(Versions.tagOf(stored.version())).entity(RecordJson.of(stored)).build();
    }

    @GET
    @Operation(summary = "Records due on or before a date (dueOnOrBefore, default today), by due date, paged")
    public Response due(@QueryParam("dueOnOrBefore") String date, @QueryParam("limit") String limit,
                        @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        LocalDate on = date == null ? register.today() : RetentionInputs.date(date, "dueOnOrBefore");
        Page<RetainedRecord> page = register.listDueOnOrBefore(on, asked);
        return Paging.ok(page, RecordJson::of, asked, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One record, with its ETag")
    public Response record(@PathParam("id") String id) {
        RetainedRecord record = register.findRecord(id);
        return Response.ok(RecordJson.of(record)).tag(Versions.tagOf(record.version())).build();
    }

    @GET
    @Path("/{id}/retention")
    @Operation(summary = "The record's retention as of a date (default today), with its explanation")
    public RetentionJson retention(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        LocalDate on = asOf == null ? register.today() : RetentionInputs.date(asOf, "asOf");
        return RetentionJson.of(register.calculate(id, on));
    }

    @POST
    @Path("/{id}/facts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Replace the record's facts (If-Match required); its due date is recomputed")
    public Response updateFacts(@PathParam("id") String id, Facts body, @Context Request http,
                                @Context HttpHeaders headers, @Context SecurityContext security) {
        ValidationException.Collector problems = ValidationException.collector();
        RecordFacts facts = RetentionInputs.facts(body == null ? null : body.facts(), "", problems);
        problems.throwIfAny();
        long version = Versions.requireMatch(headers, register.findRecord(id).version(), "/v1/records/" + id);
        RetainedRecord stored = register.updateFacts(id, version, facts, Caller.nameOf(security));
        return Response.ok(RecordJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Record a review of the record (If-Match required); a review only extends retention")
    public Response review(@PathParam("id") String id, ReviewJson body, @Context Request http,
                           @Context HttpHeaders headers, @Context SecurityContext security) {
        Bodies.required(body);
        ValidationException.Collector problems = ValidationException.collector();
        // the body is one review, so its fields are named from the body's root (outcome, not reviews[0].outcome)
        Review review = RetentionInputs.review(body, "", problems);
        problems.throwIfAny();
        long version = Versions.requireMatch(headers, register.findRecord(id).version(), "/v1/records/" + id);
        RetainedRecord stored = register.review(id, version, review, Caller.nameOf(security));
        return Response.ok(RecordJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }
}
