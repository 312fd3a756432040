package org.igkit.rest.retention;

import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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

import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleCsv;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * {@code /v1/schedules}: retention schedules, uploaded and replaced as CSV, read as JSON or CSV. Reads need
 * READER; changes need RECORDS_MANAGER and, to a stored schedule, {@code If-Match}. The retention register audits
 * every change with the entry versions it added, removed and changed.
 */
@Path("/v1/schedules")
@RequiresRole(Role.READER)
@Tag(name = "retention")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class ScheduleResource {
    private final RetentionRegister register;

    /** @param register the retention register's service, which audits every change */
    public ScheduleResource(RetentionRegister register) {
        this.register = register;
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

    @POST
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
                new StringReader(csv)), Caller.nameOf(security));
        URI location = uri.getBaseUriBuilder().path("v1/schedules/{id}").build(stored.id());
        return Response.created(location).tag(Versions.tagOf(stored.version())).entity(ScheduleJson.of(stored)).build();
    }

    @PUT
    @Path("/{id}")
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
        Schedule stored = register.replaceSchedule(next, version, Caller.nameOf(security));
        return Response.ok(ScheduleDetailJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    @GET
    @Operation(summary = "Schedules, paged")
    public Response listSchedules(@QueryParam("limit") String limit, @QueryParam("after") String after,
                                  @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        return Paging.ok(register.listSchedules(asked), ScheduleJson::of, asked, uri);
    }

    @GET
    @Path("/{id}")
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
}
