package org.igkit.rest.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.rest.auth.OpenEndpoint;

/** {@code GET /health}: 200 when the server and its store answer, 503 when the store does not. */
@Path("/health")
@OpenEndpoint
@Tag(name = "server")
public final class HealthResource {
    private final StoreProbe store;

    public HealthResource(StoreProbe store) {
        this.store = store;
    }

    /**
     * The server's health.
     *
     * @param status {@code UP} or {@code DOWN}
     * @param store  {@code UP} when the store answers, else {@code DOWN}
     */
    public record Health(String status, String store) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Whether the server and its store answer", responses = {
            @ApiResponse(responseCode = "200", description = "up",
                    content = @Content(schema = @Schema(implementation = Health.class))),
            @ApiResponse(responseCode = "503", description = "the store does not answer",
                    content = @Content(schema = @Schema(implementation = Health.class)))})
    public Response health() {
        boolean up = store.isReachable();
        Health body = new Health(up ? "UP" : "DOWN", up ? "UP" : "DOWN");
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
