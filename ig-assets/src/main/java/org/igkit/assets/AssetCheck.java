package org.igkit.assets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * What needs attention in a valid asset as of a date: a review date that has passed, a DPIA due for review,
 * regular sharing without an information sharing agreement, personal data with no retention schedule entry or no
 * recorded categories. None of these makes the entry invalid (a register must be able to record the truth); they
 * are flagged so that the owner acts on them.
 *
 * @param assetId     the asset checked
 * @param asOf        the date the check was made for
 * @param warnings    what needs attention, in field order; empty when nothing does
 * @param explanation every rule applied, with its source
 */
public record AssetCheck(AssetId assetId, LocalDate asOf, List<AssetWarning> warnings, Explanation explanation) {

    public AssetCheck {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(asOf, "asOf");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Checks {@code asset} as of today in {@code clock}'s time zone. */
    public static AssetCheck of(InformationAsset asset, Clock clock) {
        return of(asset, LocalDate.now(clock));
    }

    /** Checks {@code asset} as of {@code asOf}. */
    public static AssetCheck of(InformationAsset asset, LocalDate asOf) {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(asOf, "asOf");
        List<AssetWarning> warnings = new ArrayList<>();
        Explanation.Builder why = Explanation.builder();
        why.step("Checked information asset " + asset.id() + " (" + asset.name() + ") as of " + asOf);

        if (asset.reviewDate() == null) {
            why.step("No review date is set; the register should be kept under review",
                    AssetCitations.ICO_DOCUMENTATION);
        } else if (asset.reviewDate().isBefore(asOf)) {
            flag(warnings, why, AssetWarning.Kind.REVIEW_DATE_PASSED, "reviewDate",
                    "the entry was due for review on " + asset.reviewDate() + ", which has passed",
                    AssetCitations.ICO_DOCUMENTATION);
        } else {
            why.step("The entry's review date " + asset.reviewDate() + " has not passed");
        }

        if (asset.dpia() != null && asset.dpia().isReviewDueOn(asOf)) {
            flag(warnings, why, AssetWarning.Kind.DPIA_REVIEW_DUE, "dpia.reviewDueOn",
                    "DPIA " + asset.dpia().reference() + " was due for review on " + asset.dpia().reviewDueOn(),
                    AssetCitations.ART_35_11);
        }

        if (asset.personalData()) {
            if (asset.retention() == null) {
                flag(warnings, why, AssetWarning.Kind.NO_RETENTION_ENTRY, "retention",
                        "the asset holds personal data but follows no retention schedule entry: personal data must "
                                + "be kept no longer than necessary, and the RoPA records the time limits for erasure",
                        AssetCitations.ART_5_1_E);
            } else {
                why.step("Personal data is kept under retention schedule entry " + asset.retention(),
                        AssetCitations.ART_30_1_F);
            }
            if (asset.personalDataCategories().isEmpty()) {
                flag(warnings, why, AssetWarning.Kind.NO_PERSONAL_DATA_CATEGORIES, "personalDataCategories",
                        "the asset holds personal data but its categories are not recorded",
                        AssetCitations.ART_30_1_C);
            }
        } else {
            why.step("The asset holds no personal data, so the data protection checks do not apply");
        }

        for (int i = 0; i < asset.flows().size(); i++) {
            InformationFlow flow = asset.flows().get(i);
            if (flow.isRegularSharingWithoutAgreement()) {
                flag(warnings, why, AssetWarning.Kind.REGULAR_SHARING_WITHOUT_AGREEMENT,
                        "flows[" + i + "].sharingAgreement",
                        "information is shared " + flow.frequency().name().toLowerCase(Locale.ROOT)
                                + " with " + flow.to() + " without an information sharing agreement",
                        AssetCitations.SHARING_CODE);
            }
        }
        if (warnings.isEmpty()) {
            why.step("Nothing needs attention");
        }
        return new AssetCheck(asset.id(), asOf, warnings, why.build());
    }

    /** True when nothing needs attention. */
    public boolean isClean() {
        return warnings.isEmpty();
    }

    /** True when a warning of {@code kind} was raised. */
    public boolean has(AssetWarning.Kind kind) {
        return warnings.stream().anyMatch(w -> w.kind() == kind);
    }

    private static void flag(List<AssetWarning> warnings, Explanation.Builder why, AssetWarning.Kind kind,
            String path, String message, Citation citation) {
        warnings.add(new AssetWarning(kind, path, message, citation));
        why.step("Flagged " + path + ": " + message, citation);
    }
}
