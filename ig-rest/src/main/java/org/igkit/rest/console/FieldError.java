package org.igkit.rest.console;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One error of a form, as the GOV.UK error summary lists it: a link to the field ({@code #field}) and the message
 * shown again beside the field.
 *
 * @param field   the id of the input the message is about (the summary links to it)
 * @param message what is wrong and how to put it right
 */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The message for {@code field} among {@code errors}, if any (templates show it beside the field). */
    public static Optional<String> messageFor(List<FieldError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst();
    }
}
