package org.igkit.rest.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.assurance.register.RolesRegister;
import org.igkit.assurance.roles.RoleAppointment;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/roles}: the register of named IG roles (SIRO, DPO, Caldicott Guardian, IAOs, Information Champions)
 * with their dates. Changes need IG_LEAD and, to end an appointment, {@code If-Match}.
 */
@Path("/v1/roles")
@RequiresRole(Role.READER)
@Tag(name = "roles")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class RoleResource {
    private final RolesRegister register;

    /** @param register the roles service, which audits every change */
    public RoleResource(RolesRegister register) {
        this.register = register;
    }

    /** @param lastDay the last day the appointment is held */
    public record Ending(LocalDate lastDay) {
        public Ending {
            if (lastDay == null) {
                throw new ValidationException("lastDay", "is required (YYYY-MM-DD)", null);
            }
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Record an appointment to a named role (version 0 or absent)")
    public Response appoint(RoleAppointment appointment, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(appointment);
        RoleAppointment stored = register.appoint(appointment, Caller.nameOf(security));
        return Created.at(uri, "v1/roles", stored.id(), stored.version(), stored);
    }

    @GET
    @Operation(summary = "Appointments, past, current and future, of one role (?role=) or of all, in id order")
    public Response list(@QueryParam("role") String role, @QueryParam("limit") String limit,
                         @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        List<RoleAppointment> found = new ArrayList<>();
        if (role == null) {
            for (RoleKind kind : RoleKind.values()) {
                found.addAll(register.ofRole(kind));
            }
            found.sort(Comparator.comparing(RoleAppointment::id));
        } else {
            found.addAll(register.ofRole(kindOf(role)));
        }
        return Paging.ok(Page.last(found), a -> a, asked, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One appointment, with its ETag")
    public Response get(@PathParam("id") String id) {
        RoleAppointment appointment = register.get(id);
        return Created.tagged(appointment.version(), appointment);
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "End an appointment on its last day (If-Match required)")
    public Response end(@PathParam("id") String id, Ending ending, @Context HttpHeaders headers,
                        @Context SecurityContext security) {
        Bodies.required(ending);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/roles/" + id + "/end");
        RoleAppointment stored = register.end(id, version, ending.lastDay(), Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }

    private static RoleKind kindOf(String role) {
        for (RoleKind kind : RoleKind.values()) {
            if (kind.name().equals(role)) {
                return kind;
            }
        }
        throw new ValidationException("role", "must be one of " + List.of(RoleKind.values()), role);
    }
}
