package org.igkit.rest.assurance;

import java.util.List;
import java.util.Set;

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

import org.igkit.assets.AssetId;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.dpia.DpiaApproval;
import org.igkit.assurance.dpia.DpoAdvice;
import org.igkit.assurance.dpia.ScreeningAnswers;
import org.igkit.assurance.register.DpiaRegister;
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
 * {@code /v1/dpias}: the DPIA register, from screening (UK GDPR Art 35(1), (3) and the ICO's list) through the
 * DPO's advice (Art 35(2)) to sign-off. Changes need DPO and, to a stored DPIA, {@code If-Match}.
 */
@Path("/v1/dpias")
@RequiresRole(Role.READER)
@Tag(name = "dpias")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class DpiaResource {
    private final DpiaRegister register;

    /** @param register the DPIA service, which audits every change */
    public DpiaResource(DpiaRegister register) {
        this.register = register;
    }

    /**
     * A processing to screen and register.
     *
     * @param id      the DPIA's id
     * @param title   the processing
     * @param assets  the information assets it covers
     * @param answers the screening answers (Art 35(3) cases, ICO list types, WP248 criteria, residual high risk)
     */
    public record NewDpia(String id, String title, Set<AssetId> assets, ScreeningAnswers answers) {
        public NewDpia {
            ValidationException.Collector problems = ValidationException.collector();
            problems.require(answers != null, "answers", "is required (an empty object when nothing applies)", null);
            problems.throwIfAny();
            assets = assets == null ? Set.of() : Set.copyOf(assets);
        }
    }

    /** @param approvals who approved the DPIA, at least one */
    public record Approvals(List<DpiaApproval> approvals) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Screen a processing and register the DPIA with the outcome")
    public Response screen(NewDpia dpia, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(dpia);
        Dpia stored = register.screen(dpia.id(), dpia.title(), dpia.assets(), dpia.answers(), Caller.nameOf(security));
        return Created.at(uri, "v1/dpias", stored.id(), stored.version(), stored);
    }

    @GET
    @Operation(summary = "Every DPIA, in id order")
    public Response list(@QueryParam("limit") String limit, @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        return Paging.ok(Page.last(register.all()), d -> d, asked, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One DPIA, with its ETag")
    public Response get(@PathParam("id") String id) {
        Dpia dpia = register.get(id);
        return Created.tagged(dpia.version(), dpia);
    }

    @POST
    @Path("/{id}/start")
    @RequiresRole(Role.DPO)
    @Operation(summary = "Start the full assessment of a screened DPIA (If-Match required)")
    public Response start(@PathParam("id") String id, @Context HttpHeaders headers, @Context SecurityContext security) {
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/dpias/" + id + "/start");
        Dpia stored = register.start(id, version, Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }

    @POST
    @Path("/{id}/dpo-advice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Record the DPO's advice and whether it was accepted (Art 35(2); If-Match required)")
    public Response dpoAdvice(@PathParam("id") String id, DpoAdvice advice, @Context HttpHeaders headers,
                              @Context SecurityContext security) {
        Bodies.required(advice);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/dpias/" + id + "/dpo-advice");
        Dpia stored = register.recordDpoAdvice(id, version, advice, Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Sign the DPIA off (If-Match required); its review falls due 12 months later")
    public Response approve(@PathParam("id") String id, Approvals approvals, @Context HttpHeaders headers,
                            @Context SecurityContext security) {
        Bodies.required(approvals);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/dpias/" + id + "/approval");
        Dpia stored = register.approve(id, version, approvals.approvals(), Caller.nameOf(security));
        return Created.tagged(stored.version(), stored);
    }
}
