package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.assets.AssetFixtures.aNonPersonalAsset;
import static org.igkit.assets.AssetFixtures.aPersonalDataAsset;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The publication-scheme view of the register. */
class PublicRegisterTest {
    private final InformationAsset hr = aPersonalDataAsset().confidentialFields(AssetField.RECIPIENTS).build();
    private final InformationAsset covert = aPersonalDataAsset().id(AssetId.of("INV-001"))
            .name("Covert surveillance authorisations").confidential(true).build();
    private final InformationAsset plans = aNonPersonalAsset().build();
    private final InformationAsset retired = aNonPersonalAsset().id(AssetId.of("EST-000"))
            .status(AssetStatus.RETIRED).build();

    @Test
    @DisplayName("Confidential and retired assets are left out; the rest are listed in id order")
    void confidentialAssetsAreLeftOut() {
        PublicRegister register = PublicRegister.of(List.of(hr, covert, plans, retired));
        assertThat(register.entries()).extracting(e -> e.assetId().value()).containsExactly("EST-001", "HR-001");
        assertThat(PublicRegister.of(List.of(retired), PublicRegister.Options.defaults().includingRetired())
                .entries()).hasSize(1);
    }

    @Test
    @DisplayName("A field the asset marks confidential is withheld; system, location and access are withheld by "
            + "default")
    void confidentialFieldsAreWithheld() {
        PublicRegister.Entry entry = PublicRegister.of(List.of(hr)).entries().get(0);
        assertThat(entry.isWithheld(AssetField.RECIPIENTS)).isTrue();
        assertThat(entry.isWithheld(AssetField.NAME)).isFalse();
        assertThat(entry.find(AssetField.PURPOSES)).contains("staff administration; payroll");
        assertThat(PublicRegister.of(List.of(hr)).fields()).doesNotContain(AssetField.SYSTEM_OR_LOCATION,
                AssetField.ACCESS_ROLES);
        assertThat(PublicRegister.of(List.of(hr), PublicRegister.Options.defaults()
                .publishing(AssetField.SYSTEM_OR_LOCATION)).entries().get(0).find(AssetField.SYSTEM_OR_LOCATION))
                .contains("HR system (iTrent)");
    }

    @Test
    @DisplayName("The CSV shows withheld fields as Withheld (the JSON export, in ig-json, leaves them out)")
    void exports() {
        PublicRegister register = PublicRegister.of(List.of(hr));
        List<List<String>> table = Csv.parse(register.toCsv());
        int recipients = table.get(0).indexOf("Categories of recipients");
        assertThat(table.get(1).get(recipients)).isEqualTo(PublicRegister.WITHHELD);
    }
}
