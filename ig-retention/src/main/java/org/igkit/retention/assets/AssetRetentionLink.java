package org.igkit.retention.assets;

import java.util.Objects;
import java.util.Optional;

import org.igkit.assets.AssetId;
import org.igkit.assets.RetentionReference;
import org.igkit.core.explain.Explanation;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * One asset's retention link.
 *
 * @param asset        the asset
 * @param assetName    its name, for the report
 * @param personalData whether the asset holds personal data (a missing link then breaks Art 5(1)(e) documentation)
 * @param reference    the reference the asset gives, or {@code null} when it gives none
 * @param status       how the reference resolved
 * @param entry        the entry version in force, when {@link LinkStatus#RESOLVED}; otherwise {@code null}
 * @param ruleText     the entry's rule in the canonical shorthand, when resolved; otherwise {@code null}
 * @param explanation  how the reference was resolved, with citations
 */
public record AssetRetentionLink(AssetId asset, String assetName, boolean personalData, RetentionReference reference,
                                 LinkStatus status, ScheduleEntry entry, String ruleText, Explanation explanation) {
    public AssetRetentionLink {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        if (status.isResolved() != (entry != null)) {
            throw new IllegalArgumentException("an entry is given exactly when the link is resolved");
        }
    }

    /** The entry in force, when the link resolved. */
    public Optional<ScheduleEntry> findEntry() {
        return Optional.ofNullable(entry);
    }
}
