package org.igkit.assets;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What to look for in the register. Every criterion is optional ({@code null} matches anything) and the given
 * ones must all match. Stores answer in id order. Each criterion is a plain column comparison, so that a SQL
 * store can answer it with an index: equality on owner, business area, personal data and status, and
 * {@code review_date <= ?} for review due (an asset with no review date is never due).
 *
 * @param assetOwner            the Information Asset Owner, exactly as recorded
 * @param businessArea          the business area, exactly as recorded
 * @param personalData          whether the asset holds personal data
 * @param reviewDueOnOrBefore   assets whose review date is on or before this date
 * @param status                active or retired
 */
public record AssetQuery(String assetOwner, String businessArea, Boolean personalData,
        LocalDate reviewDueOnOrBefore, AssetStatus status) {

    /** Every asset. */
    public static AssetQuery all() {
        return new AssetQuery(null, null, null, null, null);
    }

    /** A copy that also requires this Information Asset Owner. */
    public AssetQuery withAssetOwner(String owner) {
        return new AssetQuery(owner, businessArea, personalData, reviewDueOnOrBefore, status);
    }

    /** A copy that also requires this business area. */
    public AssetQuery withBusinessArea(String area) {
        return new AssetQuery(assetOwner, area, personalData, reviewDueOnOrBefore, status);
    }

    /** A copy that also requires the asset to hold personal data, or not. */
    public AssetQuery withPersonalData(boolean holdsPersonalData) {
        return new AssetQuery(assetOwner, businessArea, holdsPersonalData, reviewDueOnOrBefore, status);
    }

    /** A copy that also requires a review date on or before {@code date}. */
    public AssetQuery withReviewDueOnOrBefore(LocalDate date) {
        return new AssetQuery(assetOwner, businessArea, personalData, date, status);
    }

    /** A copy that also requires this status. */
    public AssetQuery withStatus(AssetStatus wanted) {
        return new AssetQuery(assetOwner, businessArea, personalData, reviewDueOnOrBefore, wanted);
    }

    /** The personal-data criterion, if any. */
    public Optional<Boolean> findPersonalData() {
        return Optional.ofNullable(personalData);
    }

    /** True when {@code asset} meets every criterion given. */
    public boolean matches(InformationAsset asset) {
        return (assetOwner == null || assetOwner.equals(asset.assetOwner()))
                && (businessArea == null || businessArea.equals(asset.businessArea()))
                && (personalData == null || personalData == asset.personalData())
                && (reviewDueOnOrBefore == null || asset.isReviewDueOn(reviewDueOnOrBefore))
                && (status == null || status == asset.status());
    }
}
