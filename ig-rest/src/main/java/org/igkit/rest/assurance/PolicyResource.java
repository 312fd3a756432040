package org.igkit.rest.assurance;

import java.time.LocalDate;

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

import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.policy.ReviewOutcome;
import org.igkit.assurance.register.PolicyRegister;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/policies}: the policy log, each policy with its version table and reviews. Reads need READER;
 * adding a policy and logging a review need IG_LEAD, a review {@code If-Match}.
 */
@Path("/v1/policies")
@RequiresRole(Role.READER)
@Tag(name = "policies")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class PolicyResource {
    private final PolicyRegister register;

    /** @param register the policy log's service, which audits every change */
    public PolicyResource(PolicyRegister register) {
        this.register = register;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Add a policy to the log with its version table (its version must be 0 or absent)")
    public Response add(Policy policy, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(policy);
        Policy stored = register.add(policy, Caller.nameOf(security));
        return Created.at(uri, "v1/policies", stored.id(), stored.version(), stored);
    }

    @GET
    @Operation(summary = "The policy log in id order, paged")
    public Response list(@QueryParam("limit") String limit, @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        return Paging.ok(register.list(asked), p -> p, asked, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One policy, with its ETag")
    public Response get(@PathParam("id") String id) {
        Policy policy = register.get(id);
        return Created.tagged(policy.version(), policy);
    }

    /**
     * A review of a policy.
     *
     * @param date      the day of the review
     * @param reviewer  who reviewed it
     * @param outcome   NO_CHANGE, MINOR or MAJOR
     * @param resulting the version the review writes to the version table (a review with no change still writes one)
     */
    public record ReviewJson(LocalDate date, String reviewer, ReviewOutcome outcome, PolicyVersion resulting) {
        public ReviewJson {
            ValidationException.Collector problems = ValidationException.collector();
            problems.require(date != null, "date", "is required (YYYY-MM-DD)", null);
            problems.require(reviewer != null && !reviewer.isBlank(), "reviewer", "must not be blank", reviewer);
            problems.require(outcome != null, "outcome", "is required: NO_CHANGE, MINOR or MAJOR", null);
            problems.require(resulting != null, "resulting", "is required: the version the review writes", null);
            problems.throwIfAny();
        }
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Log a review of a policy, writing its resulting version (If-Match required)")
    public Response review(@PathParam("id") String id, ReviewJson review, @Context HttpHeaders headers,
                           @Context SecurityContext security) {
        Bodies.required(review);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/policies/" + id + "/reviews");
        Policy stored = register.review(id, version, review.date(), review.reviewer(), review.outcome(),
                review.resulting(), Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }
}
