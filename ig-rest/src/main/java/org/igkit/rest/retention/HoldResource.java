package org.igkit.rest.retention;

import java.time.LocalDate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.core.error.ValidationException;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.register.RetentionRegister;

/**
 * {@code /v1/holds}: legal holds on records, placed and released; a hold in force blocks the record's disposal.
 * Changes need RECORDS_MANAGER. The retention register audits every change.
 */
@Path("/v1/holds")
@RequiresRole(Role.READER)
@Tag(name = "retention")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class HoldResource {
    private final RetentionRegister register;

    /** @param register the retention register's service, which audits every change and knows what day it is */
    public HoldResource(RetentionRegister register) {
        this.register = register;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Place a legal hold on a record: its disposal is blocked while the hold is in force")
    public Response placeHold(NewHold body, @Context SecurityContext security) {
        Bodies.required(body);
        LocalDate on = body.placedOn() == null ? register.today() : body.placedOn();
        if (body.recordId() != null) {
            // an unknown record is a 404 before the hold's own fields are checked, as it always was
            register.findRecord(body.recordId());
        }
        LegalHold hold = LegalHold.placed(body.id(), body.recordId(), body.reason(), body.authority(), on);
        LegalHold stored = register.placeHold(hold, Caller.nameOf(security));
        return Response.status(201).entity(HoldJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Release a legal hold")
    public Response releaseHold(@PathParam("id") String id, Release body, @Context SecurityContext security) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw new ValidationException("reason", "must not be blank", null);
        }
        LocalDate on = body.releasedOn() == null ? register.today() : body.releasedOn();
        LegalHold stored = register.releaseHold(id, on, body.reason(), Caller.nameOf(security));
        return Response.ok(HoldJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }
}
