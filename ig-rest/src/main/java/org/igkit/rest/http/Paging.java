package org.igkit.rest.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/**
 * Keyset paging over HTTP: {@code ?limit=N&after=<cursor>} in, a {@link Listing} out with a
 * {@code Link: <...>; rel="next"} header (RFC 8288) while more pages follow.
 */
public final class Paging {
    private Paging() {
    }

    /**
     * The page asked for by the {@code limit} and {@code after} query parameters.
     *
     * @throws ValidationException when limit is not a whole number in 1..{@value PageRequest#MAX_LIMIT}
     */
    public static PageRequest requestOf(String limit, String after) {
        int size = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw new ValidationException("limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT, limit);
            }
        }
        return new PageRequest(after == null || after.isEmpty() ? null : after, size);
    }

    /** A 200 with {@code page} as a {@link Listing} of mapped items, and the next link when there is one. */
    public static <T, R> Response ok(Page<T> page, Function<? super T, ? extends R> toJson, PageRequest asked, UriInfo uri) {
        Page<R> mapped = page.map(toJson);
        Response.ResponseBuilder response = Response.ok(new Listing<>(mapped.items(), mapped.nextCursor()));
        page.findNextCursor().ifPresent(cursor -> response.header("Link", "<" + nextUri(uri, cursor, asked.limit())
                + ">; rel=\"next\""));
        return response.build();
    }

    /**
     * The request's URI with {@code after} and {@code limit} set. The cursor is encoded here rather than through
     * {@code UriBuilder}, which would read braces in it as a template.
     */
    static String nextUri(UriInfo uri, String cursor, int limit) {
        String base = uri.getRequestUriBuilder().replaceQueryParam("after").replaceQueryParam("limit").build().toString();
        return base + (base.contains("?") ? "&" : "?") + "limit=" + limit + "&after="
                + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
    }

    /**
     * One page of a list as JSON.
     *
     * @param items the items
     * @param next  the cursor to pass as {@code after} for the next page, or {@code null} on the last
     * @param <T>   the item type
     */
    public record Listing<T>(List<T> items, String next) {
        public Listing {
            items = List.copyOf(items);
        }
    }
}
