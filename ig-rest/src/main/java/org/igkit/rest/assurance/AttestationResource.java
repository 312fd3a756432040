package org.igkit.rest.assurance;

import java.time.Clock;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationCoverage;
import org.igkit.assurance.register.AttestationRegister;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Paging;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/attestations}: staff's written agreement to policies ("read, understood and agree to abide"), and the
 * coverage of required policies. Recording one needs IG_LEAD; an attestation already held is not recorded twice.
 */
@Path("/v1/attestations")
@RequiresRole(Role.READER)
@Tag(name = "attestations")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class AttestationResource {
    private final AttestationRegister register;
    private final Clock clock;

    /**
     * @param register the attestation service, which audits every attestation recorded
     * @param clock    today, for a coverage asked without {@code asOf}
     */
    public AttestationResource(AttestationRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Record an attestation (201; 200 when the same one is already held)")
    public Response record(Attestation attestation, @Context SecurityContext security) {
        Bodies.required(attestation);
        return Created.fact(register.record(attestation, Caller.nameOf(security)), attestation);
    }

    @GET
    @Operation(summary = "The attestations of one member of staff (?staffId=), in key order")
    public Response ofStaff(@QueryParam("staffId") String staffId, @QueryParam("limit") String limit,
                            @QueryParam("after") String after, @Context UriInfo uri) {
        if (staffId == null || staffId.isBlank()) {
            throw new ValidationException("staffId", "is required: whose attestations", staffId);
        }
        PageRequest asked = Paging.requestOf(limit, after);
        List<Attestation> all = register.ofStaff(staffId);
        return Paging.ok(Page.last(all), a -> a, asked, uri);
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "Coverage of the required policies (?policy= once each) on ?asOf= (default today)")
    public AttestationCoverage coverage(@QueryParam("policy") List<String> policies, @QueryParam("asOf") String asOf) {
        if (policies == null || policies.isEmpty()) {
            throw new ValidationException("policy", "is required: name each required policy as ?policy=<id>", null);
        }
        return register.coverage(policies, Dates.asOf(asOf, clock));
    }
}
