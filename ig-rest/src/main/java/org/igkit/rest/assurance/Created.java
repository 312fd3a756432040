package org.igkit.rest.assurance;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.igkit.rest.http.Versions;

/** The 201 of a create: the stored entity, its ETag and its URL. */
final class Created {
    private Created() {
    }

    static Response at(UriInfo uri, String collection, String id, long version, Object entity) {
        return Response.created(uri.getBaseUriBuilder().path(collection).path("{id}").build(id))
                .tag(Versions.tagOf(version)).entity(entity).build();
    }

    /** A 201 for an entity this API has no URL of its own for (a fact, a course). */
    static Response unlocated(long version, Object entity) {
        return Response.status(Response.Status.CREATED).tag(Versions.tagOf(version)).entity(entity).build();
    }

    /** 201 with {@code fact} when it was new, 200 with it when it was already held. */
    static Response fact(boolean added, Object fact) {
        return Response.status(added ? Response.Status.CREATED : Response.Status.OK).entity(fact).build();
    }

    static Response tagged(long version, Object entity) {
        return Response.ok(entity).tag(Versions.tagOf(version)).build();
    }
}
