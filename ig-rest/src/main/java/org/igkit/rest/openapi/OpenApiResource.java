package org.igkit.rest.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.rest.auth.OpenEndpoint;

/** {@code GET /openapi.json} and {@code /openapi.yaml}: the authored {@link OpenApiDocument}. */
@Path("/")
@OpenEndpoint
@Tag(name = "server")
public final class OpenApiResource {
    private final OpenApiDocument document;

    public OpenApiResource(OpenApiDocument document) {
        this.document = document;
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "This API's OpenAPI 3.1 document")
    public String json() {
        return document.toJson();
    }

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    @Operation(summary = "This API's OpenAPI 3.1 document, in YAML")
    public String yaml() {
        return document.toYaml();
    }
}
