package org.igkit.rest.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.audit.query.AuditCheckpoints;
import org.igkit.core.audit.query.AuditQueries;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.http.Paging;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/audit}: the hash-chained audit log, read page by page or for one subject, and its verification.
 * The log is append-only; nothing here writes to it.
 */
@Path("/v1/audit")
@RequiresRole(Role.DPO)
@Tag(name = "audit")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
public final class AuditResource {
    private final AuditQueries audit;
    private final AuditCheckpoints checkpoints;

    /**
     * @param audit       the audit log's read side
     * @param checkpoints the signing of checkpoints on request
     */
    public AuditResource(AuditQueries audit, AuditCheckpoints checkpoints) {
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    /**
     * One audit entry as JSON.
     *
     * @param sequence     its position, from 1
     * @param actor        who
     * @param action       what
     * @param occurredAt   when
     * @param subjectType  the kind of thing acted on
     * @param subjectId    its id
     * @param details      further facts
     * @param previousHash the hash of the entry before
     * @param hash         this entry's hash
     * @param keyId        the key that sealed it, or null for an unkeyed (SHA-256) entry
     */
    public record Entry(long sequence, String actor, String action, Instant occurredAt, String subjectType,
                        String subjectId, Map<String, String> details, String previousHash, String hash,
                        String keyId) {
        static Entry of(AuditEntry e) {
            return new Entry(e.sequence(), e.event().actor(), e.event().action(), e.event().occurredAt(),
                    e.event().subjectType(), e.event().subjectId(), e.event().details(), e.previousHash(), e.hash(),
                    e.keyId());
        }
    }

    /**
     * A signed checkpoint, with the one-line text to keep outside the database and give back to
     * {@code /v1/audit/verification?checkpoint=}.
     */
    public record Checkpoint(long sequence, String headHash, Instant headOccurredAt, String keyId, String signature,
                             String text) {
        static Checkpoint of(AuditCheckpoint c) {
            return new Checkpoint(c.sequence(), c.headHash(), c.headOccurredAt(), c.keyId(), c.signature(),
                    c.toText());
        }
    }

    /** The stored checkpoints (the schema of the list response). */
    public record CheckpointList(List<Checkpoint> items) {
    }

    /** A page of entries (the schema of the list response). */
    public record EntryPage(List<Entry> items, String next) {
    }

    /**
     * The outcome of walking the chain.
     *
     * @param intact         true when no entry was edited, inserted or removed
     * @param entriesChecked how many entries were read
     * @param firstBrokenAt  where it first breaks, or null
     * @param problem        what failed there, or null
     * @param unsealedEntries    how many entries carry no key's seal (written before the log had a key)
     * @param checkpointsChecked how many signed checkpoints were compared with the entries
     */
    public record Verification(boolean intact, long entriesChecked, Long firstBrokenAt, String problem,
                               long unsealedEntries, int checkpointsChecked) {
        static Verification of(ChainVerification v) {
            return new Verification(v.isIntact(), v.entriesChecked(), v.firstBrokenAt(), v.problem(),
                    v.unsealedEntries(), v.checkpointsChecked());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit entries in sequence order, paged; or every entry about one subject",
            responses = @ApiResponse(responseCode = "200", description = "a page of entries",
                    content = @Content(schema = @Schema(implementation = EntryPage.class))))
    public Response read(@QueryParam("limit") String limit, @QueryParam("after") String after,
                         @QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
                         @Context UriInfo uri) {
        if (subjectType != null || subjectId != null) {
            return Response.ok(new Paging.Listing<>(
                    audit.forSubject(subjectType, subjectId).stream().map(Entry::of).toList(), null)).build();
        }
        PageRequest asked = Paging.requestOf(limit, after);
        Page<AuditEntry> page = audit.read(asked);
        return Paging.ok(page, Entry::of, asked, uri);
    }

    @GET
    @Path("/verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Walk the whole hash chain and report the first entry edited, inserted or removed")
    public Verification verify(@QueryParam("checkpoint") String checkpoint) {
        return Verification.of(checkpoint == null ? audit.verify() : audit.verifyAgainst(checkpoint));
    }

    @GET
    @Path("/checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed checkpoints, oldest first")
    public CheckpointList listCheckpoints() {
        return new CheckpointList(audit.checkpoints().stream().map(Checkpoint::of).toList());
    }

    @POST
    @Path("/checkpoints")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign a checkpoint of the log as it stands, to export and keep elsewhere")
    public Response signCheckpoint(@Context SecurityContext security) {
        String actor = security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
        return Response.status(Response.Status.CREATED).entity(Checkpoint.of(checkpoints.sign(actor))).build();
    }
}
