package org.igkit.rest.assets;

import java.net.URI;

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

import org.igkit.assets.AssetId;
import org.igkit.assets.AssetQuery;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.Organisation;
import org.igkit.assets.PublicRegister;
import org.igkit.assets.RecordOfProcessing;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.json.RegisterExports;
import org.igkit.assets.register.AssetRegister;
import org.igkit.rest.auth.Caller;
import org.igkit.rest.auth.OpenEndpoint;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/assets}: information assets (the asset record's fields as JSON), the RoPA exports (UK GDPR Art 30,
 * CSV and JSON) and the public register. Reads need READER (the public register none); changes need DPO and,
 * to a stored asset, {@code If-Match}.
 */
@Path("/v1/assets")
@RequiresRole(Role.READER)
@Tag(name = "assets")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class AssetResource {
    private static final String CSV = "text/csv";

    private final AssetRegister register;
    private final Organisation organisation;

    /**
     * @param register     the register's service, which audits every change
     * @param organisation the controller named on the RoPA
     */
    public AssetResource(AssetRegister register, Organisation organisation) {
        this.register = register;
        this.organisation = organisation;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Add an asset to the register (its version must be 0 or absent)")
    public Response add(InformationAsset asset, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(asset);
        InformationAsset stored = register.add(asset, Caller.nameOf(security)).asset();
        URI location = uri.getBaseUriBuilder().path("v1/assets/{id}").build(stored.id().value());
        return Response.created(location).tag(Versions.tagOf(stored.version())).entity(stored).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Replace an asset (If-Match required; the body's id must be the path's)")
    public Response replace(@PathParam("id") String id, InformationAsset asset, @Context Request http,
                            @Context HttpHeaders headers, @Context SecurityContext security) {
        Bodies.required(asset);
        if (!asset.id().value().equals(id)) {
            throw new ValidationException("id", "must be the id in the path (" + id + ")", asset.id().value());
        }
        // a body that carries a version must carry the one If-Match names: it is the copy the caller read (0 = not given)
        Long bodyVersion = asset.version() == 0 ? null : asset.version();
        long version = Versions.requireMatch(headers, register.get(AssetId.of(id)).version(), bodyVersion,
                "/v1/assets/" + id);
        InformationAsset stored = register.replace(asset, version, Caller.nameOf(security)).asset();
        return Response.ok(stored).tag(Versions.tagOf(stored.version())).build();
    }

    @GET
    @Operation(summary = "Assets, optionally of one owner or business area, paged")
    public Response list(@QueryParam("assetOwner") String owner, @QueryParam("businessArea") String area,
                         @QueryParam("limit") String limit, @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        AssetQuery query = AssetQuery.all();
        if (owner != null) {
            query = query.withAssetOwner(owner);
        }
        if (area != null) {
            query = query.withBusinessArea(area);
        }
        Page<InformationAsset> page = register.search(query, asked);
        return Paging.ok(page, a -> a, asked, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One asset, with its ETag")
    public Response get(@PathParam("id") String id) {
        InformationAsset asset = register.get(AssetId.of(id));
        return Response.ok(asset).tag(Versions.tagOf(asset.version())).build();
    }

    @GET
    @Path("/ropa.json")
    @Operation(summary = "The record of processing activities (UK GDPR Art 30(1) and (2)) as JSON")
    public String ropaJson() {
        return RegisterExports.recordOfProcessing(register.recordOfProcessing(organisation));
    }

    @GET
    @Path("/ropa.csv")
    @Produces(CSV)
    @Operation(summary = "The RoPA as CSV: ?sheet=controller (Art 30(1), default) or processor (Art 30(2))")
    public Response ropaCsv(@QueryParam("sheet") String sheet) {
        RecordOfProcessing ropa = register.recordOfProcessing(organisation);
        if (sheet == null || sheet.equals("controller")) {
            return download(ropa.controllerCsv(), "ropa-controller.csv");
        }
        if (sheet.equals("processor")) {
            return download(ropa.processorCsv(), "ropa-processor.csv");
        }
        throw new ValidationException("sheet", "must be controller or processor", sheet);
    }

    /** A CSV as a file to save, not a page to render (OWASP CSV injection: the browser hands it to a program). */
    private static Response download(String csv, String fileName) {
        return Response.ok(csv, CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @GET
    @Path("/public-register.json")
    @OpenEndpoint
    @Operation(summary = "The published asset register (confidential fields withheld), open to all")
    public String publicRegisterJson() {
        return RegisterExports.publicRegister(register.publicRegister());
    }

    @GET
    @Path("/public-register.csv")
    @Produces(CSV)
    @OpenEndpoint
    @Operation(summary = "The published asset register as CSV")
    public Response publicRegisterCsv() {
        return download(register.publicRegister().toCsv(), "public-register.csv");
    }
}
