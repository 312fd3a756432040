package org.igkit.rest.console;

import java.util.Objects;
import java.util.Optional;

import org.igkit.rest.problem.Problem;

/**
 * An error shown as a page: a heading in plain words by status, what to do next, and for a server fault the
 * correlation id to quote. The API's technical detail is not shown: it speaks of JSON and paths, not of pages.
 *
 * @param frame         the layout
 * @param status        the HTTP status
 * @param advice        what the reader can do
 * @param correlationId the id a 500 was logged under, if any
 */
public record ErrorPage(Frame frame, int status, String advice, Optional<String> correlationId) {
    public ErrorPage {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** The page for {@code problem}. */
    public static ErrorPage of(Frame frame, Problem problem) {
        return new ErrorPage(frame, problem.status(), adviceOf(problem.status()),
                Optional.ofNullable(problem.correlationId()));
    }

    /** The heading of the page for {@code status}. */
    public static String headingOf(int status) {
        switch (status) {
            case 401: return "Sign in to use this page";
            case 403: return "You cannot do that";
            case 404: return "Page not found";
            case 405: return "That action is not available here";
            case 429: return "Too many attempts";
            default: return status >= 500 ? "Sorry, there is a problem with the service" : "There is a problem";
        }
    }

    /** The page's heading. */
    public String heading() {
        return headingOf(status);
    }

    private static String adviceOf(int status) {
        switch (status) {
            case 401: return "Your session has ended or you have not signed in. Sign in again to continue.";
            case 403: return "Your key's roles do not allow this, or the form had expired. Go back, reload the page and "
                    + "try again, or ask an administrator for a key with the role you need.";
            case 404: return "If you typed the web address, check it is correct. If you pasted it, check you copied "
                    + "the entire address.";
            case 405: return "Go back to the previous page and use its buttons.";
            case 429: return "Wait a minute, then try again.";
            default: return status >= 500 ? "Try again later. If it keeps happening, report it to your administrator."
                    : "Go back to the previous page and try again.";
        }
    }
}
