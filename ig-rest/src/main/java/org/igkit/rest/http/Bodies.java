package org.igkit.rest.http;

import org.igkit.core.error.ValidationException;

/** The one check every JSON-consuming operation makes first: Jersey hands an empty body over as {@code null}. */
public final class Bodies {
    private Bodies() {
    }

    /**
     * {@code body}, unless it is {@code null} (an empty request body), which is a 422 naming the body itself.
     *
     * @throws ValidationException path {@code ""}, "a JSON body is required"
     */
    public static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("", "a JSON body is required", null);
        }
        return body;
    }
}
