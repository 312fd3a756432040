package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.assets.AssetFixtures.aNonPersonalAsset;
import static org.igkit.assets.AssetFixtures.aPersonalDataAsset;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The register's to-do list. */
class ReviewListTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    @DisplayName("Lists reviews due on or before the date, DPIAs due, and personal data with no retention entry")
    void listsWhatIsDue() {
        InformationAsset dueToday = aPersonalDataAsset().id(AssetId.of("A-1")).reviewDate(TODAY).build();
        InformationAsset notYet = aPersonalDataAsset().id(AssetId.of("A-2")).reviewDate(TODAY.plusDays(1)).build();
        InformationAsset dpiaDue = aPersonalDataAsset().id(AssetId.of("A-3"))
                .dpia(DpiaRecord.of("DPIA-9", LocalDate.of(2023, 1, 5)).withReviewDueOn(LocalDate.of(2026, 1, 5)))
                .build();
        InformationAsset noRetention = aPersonalDataAsset().id(AssetId.of("A-4")).retention(null).build();
        InformationAsset retired = aPersonalDataAsset().id(AssetId.of("A-5")).reviewDate(TODAY.minusYears(1))
                .status(AssetStatus.RETIRED).build();
        InformationAsset noPersonalData = aNonPersonalAsset().id(AssetId.of("A-6")).build();

        ReviewList list = ReviewList.of(List.of(noPersonalData, retired, noRetention, dpiaDue, notYet, dueToday),
                TODAY);

        assertThat(list.items()).extracting(i -> i.assetId().value() + " " + i.reason()).containsExactly(
                "A-1 REVIEW_DUE", "A-3 DPIA_REVIEW_DUE", "A-4 NO_RETENTION_ENTRY");
        assertThat(list.items().get(0).dueOn()).isEqualTo(TODAY);
        assertThat(list.items().get(0).assetOwner()).isEqualTo("Director of People");
        assertThat(list.items().get(1).explanation().toString()).contains("Art 35(11)");
        assertThat(list.items().get(2).dueOn()).isNull();
    }

    @Test
    @DisplayName("A register with nothing due gives an empty list")
    void nothingDue() {
        assertThat(ReviewList.of(List.of(aPersonalDataAsset().build()), TODAY).isEmpty()).isTrue();
    }
}
