package org.igkit.rest.console.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.rest.console.FieldError;
import org.igkit.rest.console.Frame;

/**
 * The sign-in page.
 *
 * @param frame  the layout
 * @param notice why the visitor is here, e.g. signed out after the idle timeout, or empty
 * @param errors what was wrong with the key
 */
public record SignInView(Frame frame, Optional<String> notice, List<FieldError> errors) {
    public SignInView {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(notice, "notice");
        errors = List.copyOf(errors);
    }

    /** The message beside the key field, if any. */
    public Optional<String> keyError() {
        return FieldError.messageFor(errors, "key");
    }
}
