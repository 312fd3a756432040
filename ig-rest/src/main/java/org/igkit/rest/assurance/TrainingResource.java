package org.igkit.rest.assurance;

import java.time.Clock;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.assurance.register.TrainingRegister;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.TrainingCompliance;
import org.igkit.core.error.ValidationException;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/training}: staff, courses, completions and compliance against the target. Changes need IG_LEAD and,
 * to a stored member of staff, {@code If-Match}.
 */
@Path("/v1/training")
@RequiresRole(Role.READER)
@Tag(name = "training")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class TrainingResource {
    private final TrainingRegister register;
    private final Clock clock;

    /**
     * @param register the training service, which audits every change
     * @param clock    today, for compliance asked without {@code asOf}
     */
    public TrainingResource(TrainingRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @POST
    @Path("/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Add a member of staff (version 0 or absent)")
    public Response addStaff(StaffMember member, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(member);
        if (member.version() != 0) {
            throw new ValidationException("version", "must be 0 or absent for a new member: PUT to change one",
                    member.version());
        }
        StaffMember stored = register.saveStaff(member, Caller.nameOf(security));
        return Created.at(uri, "v1/training/staff", stored.id(), stored.version(), stored);
    }

    @GET
    @Path("/staff/{id}")
    @Operation(summary = "One member of staff, with its ETag")
    public Response getStaff(@PathParam("id") String id) {
        StaffMember member = register.getStaff(id);
        return Created.tagged(member.version(), member);
    }

    @PUT
    @Path("/staff/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Replace a member of staff (If-Match required; the body's id must be the path's)")
    public Response replaceStaff(@PathParam("id") String id, StaffMember member, @Context HttpHeaders headers,
                                 @Context SecurityContext security) {
        Bodies.required(member);
        if (!member.id().equals(id)) {
            throw new ValidationException("id", "must be the id in the path (" + id + ")", member.id());
        }
        Long bodyVersion = member.version() == 0 ? null : member.version();
        long version = Versions.requireMatch(headers, register.getStaff(id).version(), bodyVersion,
                "/v1/training/staff/" + id);
        StaffMember stored = register.saveStaff(member.withVersion(version), Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }

    @POST
    @Path("/courses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Add a training course (version 0 or absent)")
    public Response addCourse(Course course, @Context SecurityContext security) {
        Bodies.required(course);
        Course stored = register.saveCourse(course, Caller.nameOf(security));
        return Created.unlocated(stored.version(), stored);
    }

    @POST
    @Path("/completions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Record a course completion (201; 200 when the same one is already held)")
    public Response recordCompletion(Completion completion, @Context SecurityContext security) {
        Bodies.required(completion);
        return Created.fact(register.recordCompletion(completion, Caller.nameOf(security)), completion);
    }

    @GET
    @Path("/compliance")
    @Operation(summary = "Training compliance on ?asOf= (default today) against the target")
    public TrainingCompliance compliance(@QueryParam("asOf") String asOf) {
        return register.compliance(Dates.asOf(asOf, clock));
    }
}
