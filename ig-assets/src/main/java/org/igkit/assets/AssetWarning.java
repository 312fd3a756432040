package org.igkit.assets;

import java.util.Objects;

import org.igkit.core.explain.Citation;

/**
 * Something about an asset that is allowed but needs attention, found by {@link AssetCheck}.
 *
 * @param kind     what was found
 * @param path     the field concerned, e.g. {@code reviewDate} or {@code flows[1].sharingAgreement}
 * @param message  what was found and what to do, in words
 * @param citation the rule or guidance behind the warning
 */
public record AssetWarning(Kind kind, String path, String message, Citation citation) {

    /** The kinds of warning. */
    public enum Kind {
        /** The entry's review date has passed. */
        REVIEW_DATE_PASSED,
        /** The DPIA's review date has come. */
        DPIA_REVIEW_DUE,
        /** Regular sharing with another organisation has no information sharing agreement recorded. */
        REGULAR_SHARING_WITHOUT_AGREEMENT,
        /** The asset holds personal data but follows no retention schedule entry. */
        NO_RETENTION_ENTRY,
        /** The asset holds personal data but its categories are not recorded. */
        NO_PERSONAL_DATA_CATEGORIES
    }

    public AssetWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
    }
}
