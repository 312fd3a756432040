package org.igkit.rest.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.zip.CRC32;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/**
 * Keyset paging over HTTP: {@code ?limit=N&after=<cursor>} in, a {@link Listing} out with a
 * {@code Link: <...>; rel="next"} header (RFC 8288) while more pages follow.
 *
 * <p>The cursor a client sees is the store's cursor wrapped as {@code base64url~crc32}. A store's own cursor is
 * sometimes just the last id, and an id is any text, so {@code ?after=garbage} was a valid cursor on some registers
 * (200) and refused on others (422). Wrapped, every register refuses a cursor it did not hand out, the same way.
 */
public final class Paging {
    private static final char SEPARATOR = '~';

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
        return new PageRequest(after == null || after.isEmpty() ? null : unwrap(after), size);
    }

    /** The cursor clients are given for the store's {@code cursor}. */
    static String wrap(String cursor) {
        byte[] bytes = cursor.getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + SEPARATOR + checksum(bytes);
    }

    /** The store's cursor inside one that {@link #wrap} handed out; anything else is a 422 on {@code after}. */
    static String unwrap(String given) {
        int separator = given.lastIndexOf(SEPARATOR);
        if (separator > 0) {
            try {
                byte[] bytes = Base64.getUrlDecoder().decode(given.substring(0, separator));
                if (checksum(bytes).equals(given.substring(separator + 1))) {
                    return new String(bytes, StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                // not base64url: refused below, as any other text that is not a cursor
            }
        }
        throw new ValidationException("after", "must be a cursor returned by a previous page (its next)", given);
    }

    private static String checksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /** A 200 with {@code page} as a {@link Listing} of mapped items, and the next link when there is one. */
    public static <T, R> Response ok(Page<T> page, Function<? super T, ? extends R> toJson, PageRequest asked, UriInfo uri) {
        Page<R> mapped = page.map(toJson);
        String next = page.findNextCursor().map(Paging::wrap).orElse(null);
        Response.ResponseBuilder response = Response.ok(new Listing<>(mapped.items(), next));
        if (next != null) {
            response.header("Link", "<" + nextUri(uri, next, asked.limit()) + ">; rel=\"next\"");
        }
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
