package org.igkit.rest.assurance;

import java.time.Clock;
import java.time.LocalDate;

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

import org.igkit.assurance.register.SharingRegister;
import org.igkit.assurance.sharing.AgreementReviewStatus;
import org.igkit.assurance.sharing.SharingAgreement;
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
 * {@code /v1/sharing-agreements}: the central log of information sharing agreements the ICO's Accountability
 * Framework expects, with their review dates. Changes need DPO and, to a stored agreement, {@code If-Match}.
 */
@Path("/v1/sharing-agreements")
@RequiresRole(Role.READER)
@Tag(name = "sharing-agreements")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class SharingAgreementResource {
    private final SharingRegister register;
    private final Clock clock;

    /**
     * @param register the sharing agreement service, which audits every change
     * @param clock    today, for a review status asked without {@code asOf}
     */
    public SharingAgreementResource(SharingRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** @param on the day of the review */
    public record Review(LocalDate on) {
        public Review {
            if (on == null) {
                throw new ValidationException("on", "is required (YYYY-MM-DD)", null);
            }
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Add an agreement to the log (version 0 or absent)")
    public Response add(SharingAgreement agreement, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(agreement);
        if (agreement.version() != 0) {
            throw new ValidationException("version", "must be 0 or absent for a new agreement: PUT to change one",
                    agreement.version());
        }
        SharingAgreement stored = register.save(agreement, Caller.nameOf(security));
        return Created.at(uri, "v1/sharing-agreements", stored.id(), stored.version(), stored);
    }

    @GET
    @Operation(summary = "The log of agreements, in id order")
    public Response list(@QueryParam("limit") String limit, @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        return Paging.ok(Page.last(register.all()), a -> a, asked, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One agreement, with its ETag")
    public Response get(@PathParam("id") String id) {
        SharingAgreement agreement = register.get(id);
        return Created.tagged(agreement.version(), agreement);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Replace an agreement (If-Match required; the body's id must be the path's)")
    public Response replace(@PathParam("id") String id, SharingAgreement agreement, @Context HttpHeaders headers,
                            @Context SecurityContext security) {
        Bodies.required(agreement);
        if (!agreement.id().equals(id)) {
            throw new ValidationException("id", "must be the id in the path (" + id + ")", agreement.id());
        }
        Long bodyVersion = agreement.version() == 0 ? null : agreement.version();
        long version = Versions.requireMatch(headers, register.get(id).version(), bodyVersion,
                "/v1/sharing-agreements/" + id);
        SharingAgreement stored = register.save(agreement.withVersion(version), Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Record a review of an agreement (If-Match required)")
    public Response review(@PathParam("id") String id, Review review, @Context HttpHeaders headers,
                           @Context SecurityContext security) {
        Bodies.required(review);
        long version = Versions.requireMatch(headers, register.get(id).version(),
                "/v1/sharing-agreements/" + id + "/reviews");
        SharingAgreement stored = register.recordReview(id, version, review.on(), Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }

    @GET
    @Path("/{id}/review-status")
    @Operation(summary = "When the agreement's review is due, and whether it is due, overdue or expired, on ?asOf=")
    public AgreementReviewStatus reviewStatus(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return register.reviewStatus(id, Dates.asOf(asOf, clock));
    }
}
