package org.igkit.core.error;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An input was refused. Carries every violation found, not just the first, so that a user can fix a form or a
 * file in one go.
 */
public class ValidationException extends IgException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** One violation: the field, what is wrong and allowed, and the rejected value. */
    public ValidationException(String path, String message, Object rejectedValue) {
        this(List.of(Violation.of(path, message, rejectedValue)));
    }

    /** Several violations at once; the list must not be empty. */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** The violations, in the order found. */
    public List<Violation> violations() {
        return violations;
    }

    /** A copy whose violation paths are nested under {@code prefix}. */
    public ValidationException under(String prefix) {
        return new ValidationException(violations.stream().map(v -> v.under(prefix)).toList());
    }

    /** Gathers violations while a whole input is checked, then throws them together. */
    public static Collector collector() {
        return new Collector();
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        return "invalid input: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** Collects violations; {@link #throwIfAny()} raises them as one exception. Not thread-safe. */
    public static final class Collector {
        private final List<Violation> found = new ArrayList<>();

        private Collector() {
        }

        /** Records a violation. */
        public Collector add(String path, String message, Object rejectedValue) {
            found.add(Violation.of(path, message, rejectedValue));
            return this;
        }

        /** Records a violation when {@code condition} is false. */
        public Collector require(boolean condition, String path, String message, Object rejectedValue) {
            if (!condition) {
                add(path, message, rejectedValue);
            }
            return this;
        }

        /** Records every violation of an exception raised while checking a part, nested under {@code prefix}. */
        public Collector addAll(String prefix, ValidationException nested) {
            nested.violations().forEach(v -> found.add(v.under(prefix)));
            return this;
        }

        /** True when nothing has been recorded. */
        public boolean isEmpty() {
            return found.isEmpty();
        }

        /** The violations recorded so far. */
        public List<Violation> violations() {
            return List.copyOf(found);
        }

        /** Throws a {@link ValidationException} carrying every recorded violation, if there is any. */
        public void throwIfAny() {
            if (!found.isEmpty()) {
                throw new ValidationException(found);
            }
        }
    }
}
