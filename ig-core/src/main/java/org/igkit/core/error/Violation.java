package org.igkit.core.error;

import java.util.Objects;

/**
 * One reason an input was refused.
 *
 * @param path          where the bad value is, e.g. {@code events[2].date} or {@code retention.rule}
 * @param message       what is wrong and what is allowed, e.g. "must be on or after received (2024-10-02)"
 * @param rejectedValue the value as given, rendered as text, or {@code null} when the value was absent
 */
public record Violation(String path, String message, String rejectedValue) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** A violation whose rejected value is rendered with {@link String#valueOf(Object)}. */
    public static Violation of(String path, String message, Object rejectedValue) {
        return new Violation(path, message, rejectedValue == null ? null : String.valueOf(rejectedValue));
    }

    /** A copy whose path is nested under {@code prefix}: {@code events[2]} + {@code date} = {@code events[2].date}. */
    public Violation under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, message, rejectedValue);
    }

    @Override
    public String toString() {
        return rejectedValue == null ? path + ": " + message : path + ": " + message + " (was '" + rejectedValue + "')";
    }
}
