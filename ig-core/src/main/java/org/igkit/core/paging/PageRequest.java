package org.igkit.core.paging;

import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * Which page of a list to read: at most {@code limit} items after an opaque cursor that the previous
 * {@link Page} handed out (keyset paging, so a register that changes underneath the reader neither skips nor
 * repeats rows).
 *
 * @param afterCursor the previous page's {@link Page#nextCursor()}, or {@code null} for the first page
 * @param limit       how many items at most, 1 to {@value #MAX_LIMIT}
 */
public record PageRequest(String afterCursor, int limit) {
    /** The largest page a port must serve. */
    public static final int MAX_LIMIT = 1000;
    /** The page size used when a caller does not choose. */
    public static final int DEFAULT_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "must be between 1 and " + MAX_LIMIT, limit);
        }
        if (afterCursor != null && afterCursor.isBlank()) {
            throw new ValidationException("after", "must not be blank when given", afterCursor);
        }
    }

    /** The first page of {@code limit} items. */
    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }

    /** The first page of {@value #DEFAULT_LIMIT} items. */
    public static PageRequest first() {
        return first(DEFAULT_LIMIT);
    }

    /** The page after {@code cursor}. */
    public static PageRequest after(String cursor, int limit) {
        return new PageRequest(cursor, limit);
    }

    /** The cursor, if this is not the first page. */
    public Optional<String> findAfterCursor() {
        return Optional.ofNullable(afterCursor);
    }
}
