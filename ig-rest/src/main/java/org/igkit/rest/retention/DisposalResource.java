package org.igkit.rest.retention;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

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

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.sweep.DisposalService;
import org.igkit.retention.sweep.SweepResult;

/**
 * {@code /v1/disposals}: disposal batches. A sweep stores a batch of the records due as of a date (held ones
 * withheld, at most the batch limit, none that another open batch holds); a records manager approves the batch,
 * then executes it, which disposes of the records and issues a certificate. The disposal service validates, checks
 * the version If-Match names, saves and audits every step; this resource maps HTTP to its calls.
 */
@Path("/v1/disposals")
@RequiresRole(Role.READER)
@Tag(name = "retention")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class DisposalResource {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DisposalService disposals;
    private final Clock clock;

    public DisposalResource(DisposalService disposals, Clock clock) {
        this.disposals = disposals;
        this.clock = clock;
    }

    /**
     * A sweep to run.
     *
     * @param id   the batch's id; generated when absent
     * @param asOf the date the records must be due by; default today
     */
    public record Sweep(String id, LocalDate asOf) {
    }

    /**
     * What a sweep answers: the stored batch's fields, and whether more records remain for another sweep.
     *
     * @param batch       the stored batch, its fields written at the top level as GET writes them
     * @param moreRemain  true when the sweep stopped at the batch limit with more records eligible
     * @param batchLimit  the most candidates one batch holds
     * @param explanation the sweep in a sentence
     */
    public record Swept(@JsonUnwrapped DisposalBatch batch, boolean moreRemain, int batchLimit, String explanation) {
        static Swept of(SweepResult result) {
            return new Swept(result.batch(), result.moreRemain(), result.batchLimit(), result.explanation());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Sweep: a new batch of the records due for disposal as of a date")
    public Response sweep(Sweep body, @Context UriInfo uri, @Context SecurityContext security) {
        String id = body == null || body.id() == null ? UUID.randomUUID().toString() : body.id();
        LocalDate asOf = body == null || body.asOf() == null ? LocalDate.now(clock.withZone(UK)) : body.asOf();
        SweepResult result = disposals.sweep(id, asOf, actor(security));
        DisposalBatch stored = result.batch();
        URI location = uri.getBaseUriBuilder().path("v1/disposals/{id}").build(stored.id());
        return Response.created(location).tag(Versions.tagOf(stored.version())).entity(Swept.of(result)).build();
    }

    @GET
    @Operation(summary = "Disposal batches, paged, each as a summary without its candidates")
    public Response list(@QueryParam("limit") String limit, @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        return Paging.ok(disposals.list(asked), b -> b, asked, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One batch, with its ETag")
    public Response get(@PathParam("id") String id) {
        DisposalBatch batch = disposals.get(id);
        return Response.ok(batch).tag(Versions.tagOf(batch.version())).build();
    }

    @GET
    @Path("/{id}/candidates")
    @Operation(summary = "The batch's candidates, paged, in the batch's order")
    public Response candidates(@PathParam("id") String id, @QueryParam("limit") String limit,
                               @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        return Paging.ok(disposals.candidates(id, asked), c -> c, asked, uri);
    }

    @POST
    @Path("/{id}/approval")
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Approve the batch (If-Match required)")
    public Response approve(@PathParam("id") String id, @Context HttpHeaders headers,
                            @Context SecurityContext security) {
        long read = Versions.requireMatch(headers, disposals.get(id).version(), "/v1/disposals/" + id + "/approval");
        DisposalBatch stored = disposals.approve(id, read, actor(security));
        return Response.ok(stored).tag(Versions.tagOf(stored.version())).build();
    }

    @POST
    @Path("/{id}/execution")
    @RequiresRole(Role.RECORDS_MANAGER)
    @Operation(summary = "Execute an approved batch: dispose of its records and issue the certificate (If-Match required)")
    public Response execute(@PathParam("id") String id, @Context HttpHeaders headers,
                            @Context SecurityContext security) {
        long read = Versions.requireMatch(headers, disposals.get(id).version(), "/v1/disposals/" + id + "/execution");
        DisposalBatch stored = disposals.execute(id, read, actor(security));
        return Response.ok(stored).tag(Versions.tagOf(stored.version())).build();
    }

    @GET
    @Path("/{id}/certificate")
    @Operation(summary = "The disposal certificate of an executed batch")
    public DisposalCertificate certificate(@PathParam("id") String id) {
        return disposals.get(id).findCertificate().orElseThrow(() -> new ValidationException("id",
                "batch '" + id + "' has not been executed, so it has no certificate", id));
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }
}
