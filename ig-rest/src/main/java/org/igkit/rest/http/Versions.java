package org.igkit.rest.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.igkit.rest.problem.ProblemResponses;
import org.igkit.rest.problem.ProblemType;

/**
 * Optimistic locking over HTTP: a stored entity's {@code version} is its strong {@code ETag}; an update must send
 * {@code If-Match} with it (RFC 9110 §13.1.1). Missing is 428 (RFC 6585), stale is 412, malformed is 400.
 *
 * <p>{@code If-Match: *} is refused with 428. RFC 9110 lets it mean only "a current representation exists", which
 * says nothing about which version the caller read: accepting it as a match turned every update into a blind
 * overwrite (half the writes of eight concurrent read-modify-write clients were lost). Weak tags never match: If-Match
 * uses the strong comparison (RFC 9110 §13.1.1).
 */
public final class Versions {
    /** One entity-tag of RFC 9110 §8.8.3: optional {@code W/}, then a quoted run of etagc characters. */
    private static final Pattern ENTITY_TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"\\s*(,|$)");

    private Versions() {
    }

    /** The entity tag of version {@code version}: {@code "3"}. */
    public static EntityTag tagOf(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the caller holds, from {@code If-Match}, checked against the stored {@code currentVersion}.
     *
     * @throws jakarta.ws.rs.WebApplicationException 428 when If-Match is missing or {@code *}, 400 when it is not a
     *         list of entity tags, 412 when no strong tag in it is the current one
     */
    public static long requireMatch(HttpHeaders headers, long currentVersion, String path) {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            throw ProblemResponses.raise(ProblemType.PRECONDITION_REQUIRED,
                    "send If-Match with the ETag of the copy you are changing (GET it first)", path);
        }
        if (header.trim().equals("*")) {
            throw ProblemResponses.raise(ProblemType.PRECONDITION_REQUIRED,
                    "If-Match: * does not say which version you read; send the ETag of the copy you are changing "
                            + "(GET it first)", path);
        }
        String current = Long.toString(currentVersion);
        for (ParsedTag tag : parse(header, path)) {
            if (!tag.weak() && tag.value().equals(current)) {
                return currentVersion;
            }
        }
        throw ProblemResponses.raise(ProblemType.PRECONDITION_FAILED, "If-Match does not name the current version ("
                + tagOf(currentVersion) + "); someone changed it since you read it: GET it again and retry", path);
    }

    /**
     * As {@link #requireMatch(HttpHeaders, long, String)}, and a {@code version} the body carries must be
     * the one If-Match names: a body read at another version than the header claims is refused with 412.
     */
    public static long requireMatch(HttpHeaders headers, long currentVersion, Long bodyVersion, String path) {
        long matched = requireMatch(headers, currentVersion, path);
        if (bodyVersion != null && bodyVersion != matched) {
            throw ProblemResponses.raise(ProblemType.PRECONDITION_FAILED, "the body's version (" + bodyVersion
                    + ") is not the one If-Match names (" + matched + "): send the copy you read, unchanged in "
                    + "its version", path);
        }
        return matched;
    }

    private static List<ParsedTag> parse(String header, String path) {
        List<ParsedTag> tags = new ArrayList<>();
        Matcher matcher = ENTITY_TAG.matcher(header);
        int at = 0;
        while (at < header.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw ProblemResponses.raise(ProblemType.MALFORMED_REQUEST, "If-Match must be * or a list of "
                        + "quoted entity tags such as \"3\" (RFC 9110 section 13.1.1)", path);
            }
            tags.add(new ParsedTag(matcher.group(1) != null, matcher.group(2)));
            at = matcher.end();
        }
        return tags;
    }

    private record ParsedTag(boolean weak, String value) {
    }
}
