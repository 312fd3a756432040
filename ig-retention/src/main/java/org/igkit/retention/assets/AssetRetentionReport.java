package org.igkit.retention.assets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The retention links of a set of assets as of a date, in the order the assets were given.
 *
 * @param asOf  the date the schedule entries were looked up for
 * @param links one per asset
 */
public record AssetRetentionReport(LocalDate asOf, List<AssetRetentionLink> links) {
    public AssetRetentionReport {
        Objects.requireNonNull(asOf, "asOf");
        links = List.copyOf(links);
    }

    /** The links that do not resolve to an entry in force: the register's retention gaps. */
    public List<AssetRetentionLink> gaps() {
        return links.stream().filter(link -> !link.status().isResolved()).toList();
    }

    /** True when every asset's retention resolves to an entry of a schedule in force. */
    public boolean isComplete() {
        return links.stream().allMatch(link -> link.status().isResolved());
    }
}
