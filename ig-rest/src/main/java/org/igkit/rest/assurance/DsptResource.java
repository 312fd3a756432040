package org.igkit.rest.assurance;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.dspt.DsptRule;
import org.igkit.assurance.dspt.ImprovementPlan;
import org.igkit.assurance.dspt.OutcomeAssessment;
import org.igkit.assurance.register.DsptRegister;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/dspt}: the NHS Data Security and Protection Toolkit assessment of each year, its outcomes, improvement
 * plan and status. Changes need IG_LEAD and, to a stored assessment, {@code If-Match}.
 */
@Path("/v1/dspt")
@RequiresRole(Role.READER)
@Tag(name = "dspt")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class DsptResource {
    private final DsptRegister register;

    /** @param register the DSPT service, which audits every change */
    public DsptResource(DsptRegister register) {
        this.register = register;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Start a year's assessment (version 0 or absent)")
    public Response start(DsptAssessment assessment, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(assessment);
        DsptAssessment stored = register.start(assessment, Caller.nameOf(security));
        return Created.at(uri, "v1/dspt", stored.id(), stored.version(), stored);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One assessment, with its ETag")
    public Response get(@PathParam("id") String id) {
        DsptAssessment assessment = register.get(id);
        return Created.tagged(assessment.version(), assessment);
    }

    @POST
    @Path("/{id}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Record the assessment of one standard or outcome (If-Match required)")
    public Response assess(@PathParam("id") String id, OutcomeAssessment outcome, @Context HttpHeaders headers,
                           @Context SecurityContext security) {
        Bodies.required(outcome);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/dspt/" + id + "/outcomes");
        DsptAssessment stored = register.assess(id, version, outcome, Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }

    @POST
    @Path("/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.IG_LEAD)
    @Operation(summary = "Save the improvement plan (If-Match required)")
    public Response plan(@PathParam("id") String id, ImprovementPlan plan, @Context HttpHeaders headers,
                         @Context SecurityContext security) {
        Bodies.required(plan);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/dspt/" + id + "/plan");
        DsptAssessment stored = register.savePlan(id, version, plan, Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }

    @GET
    @Path("/{id}/status")
    @Operation(summary = "The status the outcomes and plan give (Standards Met, Approaching, Not Met), explained")
    public DsptRule.Explained status(@PathParam("id") String id) {
        return register.status(id);
    }
}
