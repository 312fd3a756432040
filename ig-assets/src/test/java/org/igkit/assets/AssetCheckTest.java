package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.assets.AssetFixtures.aNonPersonalAsset;
import static org.igkit.assets.AssetFixtures.aPersonalDataAsset;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a valid entry is flagged for as of a date. */
class AssetCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    @DisplayName("A complete, current entry raises no warning and says so")
    void aCurrentEntryIsClean() {
        AssetCheck check = AssetCheck.of(aPersonalDataAsset().build(), TODAY);
        assertThat(check.isClean()).isTrue();
        assertThat(check.explanation().toString()).contains("Nothing needs attention");
    }

    @Test
    @DisplayName("ICO documentation guidance: a review date that has passed is flagged, not refused")
    void aPastReviewDateIsFlagged() {
        AssetCheck check = AssetCheck.of(aPersonalDataAsset().reviewDate(TODAY.minusDays(1)).build(), TODAY);
        assertThat(check.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(AssetWarning.Kind.REVIEW_DATE_PASSED);
            assertThat(w.path()).isEqualTo("reviewDate");
        });
    }

    @Test
    @DisplayName("A review date of today has not passed")
    void aReviewDateOfTodayIsNotFlagged() {
        assertThat(AssetCheck.of(aPersonalDataAsset().reviewDate(TODAY).build(), TODAY).isClean()).isTrue();
    }

    @Test
    @DisplayName("The check reads today from the injected clock, in the clock's zone")
    void theCheckUsesTheInjectedClock() {
        Clock lateEveningInLondon = Clock.fixed(Instant.parse("2026-11-21T23:30:00Z"), ZoneId.of("Europe/London"));
        AssetCheck check = AssetCheck.of(aPersonalDataAsset().reviewDate(TODAY.minusDays(1)).build(),
                lateEveningInLondon);
        assertThat(check.asOf()).isEqualTo(TODAY);
        assertThat(check.has(AssetWarning.Kind.REVIEW_DATE_PASSED)).isTrue();
    }

    @Test
    @DisplayName("UK GDPR Art 35(11): a DPIA whose review date has come is flagged")
    void aDpiaDueForReviewIsFlagged() {
        InformationAsset asset = aPersonalDataAsset()
                .dpia(DpiaRecord.of("DPIA-2024-07", LocalDate.of(2024, 3, 1)).withReviewDueOn(TODAY)).build();
        assertThat(AssetCheck.of(asset, TODAY).has(AssetWarning.Kind.DPIA_REVIEW_DUE)).isTrue();
    }

    @Test
    @DisplayName("ICO data sharing code: regular sharing with another organisation without an agreement is flagged")
    void regularSharingWithoutAnAgreementIsFlagged() {
        InformationAsset asset = aPersonalDataAsset().flows(
                InformationFlow.toOrganisation("HMRC", "RTI returns", FlowFrequency.MONTHLY, "HMRC gateway")
                        .withSharingAgreement("ISA-12"),
                InformationFlow.toOrganisation("Pension fund", "contributions", FlowFrequency.MONTHLY, "SFTP"))
                .build();
        AssetCheck check = AssetCheck.of(asset, TODAY);
        assertThat(check.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(AssetWarning.Kind.REGULAR_SHARING_WITHOUT_AGREEMENT);
            assertThat(w.path()).isEqualTo("flows[1].sharingAgreement");
            assertThat(w.citation().instrument()).contains("Data sharing code");
        });
    }

    @Test
    @DisplayName("One-off sharing, and flows between the body's own systems, need no sharing agreement")
    void oneOffAndInternalFlowsAreNotFlagged() {
        InformationAsset asset = aPersonalDataAsset().flows(
                InformationFlow.toOrganisation("Police", "crime prevention request", FlowFrequency.ONE_OFF, "email"),
                InformationFlow.toSystem("Finance ledger", "cost centre reporting", FlowFrequency.DAILY, "API"))
                .build();
        assertThat(AssetCheck.of(asset, TODAY).isClean()).isTrue();
    }

    @Test
    @DisplayName("UK GDPR Art 5(1)(e): personal data with no retention schedule entry is flagged")
    void personalDataWithoutRetentionIsFlagged() {
        AssetCheck check = AssetCheck.of(aPersonalDataAsset().retention(null).build(), TODAY);
        assertThat(check.has(AssetWarning.Kind.NO_RETENTION_ENTRY)).isTrue();
        assertThat(check.explanation().steps()).anySatisfy(step ->
                assertThat(step.citations()).extracting(c -> c.provision()).contains("Art 5(1)(e)"));
    }

    @Test
    @DisplayName("UK GDPR Art 30(1)(c): personal data with no recorded categories is flagged")
    void personalDataWithoutCategoriesIsFlagged() {
        assertThat(AssetCheck.of(aPersonalDataAsset().personalDataCategories().build(), TODAY)
                .has(AssetWarning.Kind.NO_PERSONAL_DATA_CATEGORIES)).isTrue();
    }

    @Test
    @DisplayName("An asset with no personal data needs no retention entry")
    void nonPersonalAssetsNeedNoRetentionEntry() {
        assertThat(AssetCheck.of(aNonPersonalAsset().build(), TODAY).isClean()).isTrue();
    }
}
