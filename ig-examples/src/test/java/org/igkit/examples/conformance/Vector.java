package org.igkit.examples.conformance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One conformance case of {@code conformance/<suite>.json}: a request body of the stateless calculator and either the
 * fields its answer must have ({@code expect}) or the error it must give ({@code expectError}).
 *
 * @param suite       deadlines, retention or breach
 * @param id          the case's id, unique in its file
 * @param title       what it checks, in words
 * @param source      where the rule comes from
 * @param request     the request body, exactly as sent to the HTTP endpoint
 * @param expect      the fields the answer must have, or {@code null} when an error is expected
 * @param expectError the error expected ({@code status}, {@code paths}), or {@code null}
 */
public record Vector(String suite, String id, String title, JsonNode source, JsonNode request, JsonNode expect,
                     JsonNode expectError) {

    /** True when the case expects the input to be refused. */
    public boolean expectsError() {
        return expectError != null;
    }

    @Override
    public String toString() {
        return suite + "/" + id;
    }
}
