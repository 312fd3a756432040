package org.igkit.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * The register's to-do list as of a date: active assets whose review date or DPIA review date has come (on or
 * before the date), and active assets holding personal data that follow no retention schedule entry. Retired
 * assets are left out: they are no longer processed.
 *
 * @param asOf  the date the list was drawn up for
 * @param items what is due, by asset id then reason
 */
public record ReviewList(LocalDate asOf, List<Item> items) {

    /** Why an asset is on the list. */
    public enum Reason {
        /** The entry's review date has come. */
        REVIEW_DUE,
        /** The DPIA's review date has come. */
        DPIA_REVIEW_DUE,
        /** It holds personal data but follows no retention schedule entry. */
        NO_RETENTION_ENTRY
    }

    /**
     * One thing to do.
     *
     * @param assetId     the asset
     * @param assetName   its name
     * @param assetOwner  its Information Asset Owner, who must act
     * @param reason      why it is listed
     * @param dueOn       the date it fell due, or {@code null} for a missing retention entry
     * @param explanation why, with the rule applied
     */
    public record Item(AssetId assetId, String assetName, String assetOwner, Reason reason, LocalDate dueOn,
            Explanation explanation) {
        public Item {
            Objects.requireNonNull(assetId, "assetId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    public ReviewList {
        Objects.requireNonNull(asOf, "asOf");
        items = List.copyOf(items);
    }

    /** Draws up the list for {@code assets} as of {@code asOf}. */
    public static ReviewList of(Collection<InformationAsset> assets, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Item> items = new ArrayList<>();
        assets.stream().filter(InformationAsset::isActive).sorted(Comparator.comparing(InformationAsset::id))
                .forEach(asset -> {
                    if (asset.isReviewDueOn(asOf)) {
                        items.add(item(asset, Reason.REVIEW_DUE, asset.reviewDate(), "The entry's review date "
                                + asset.reviewDate() + " is on or before " + asOf, AssetCitations.ICO_DOCUMENTATION));
                    }
                    if (asset.dpia() != null && asset.dpia().isReviewDueOn(asOf)) {
                        items.add(item(asset, Reason.DPIA_REVIEW_DUE, asset.dpia().reviewDueOn(), "DPIA "
                                + asset.dpia().reference() + " is due for review on " + asset.dpia().reviewDueOn(),
                                AssetCitations.ART_35_11));
                    }
                    if (asset.personalData() && asset.retention() == null) {
                        items.add(item(asset, Reason.NO_RETENTION_ENTRY, null, "The asset holds personal data but "
                                + "follows no retention schedule entry", AssetCitations.ART_5_1_E));
                    }
                });
        return new ReviewList(asOf, items);
    }

    /** True when nothing is due. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    private static Item item(InformationAsset asset, Reason reason, LocalDate dueOn, String why, Citation rule) {
        Explanation explanation = Explanation.builder().step(asset.id() + " (" + asset.name() + "): " + why, rule)
                .build();
        return new Item(asset.id(), asset.name(), asset.assetOwner(), reason, dueOn, explanation);
    }
}
