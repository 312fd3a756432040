package org.igkit.assets;

import java.time.LocalDate;

/** Builders of typical register entries, valid as they stand; tests change what they are about. */
final class AssetFixtures {
    private AssetFixtures() {
    }

    /** A paper archive holding no personal data. */
    static InformationAsset.Builder aNonPersonalAsset() {
        return InformationAsset.builder(AssetId.of("EST-001"), "Building plans")
                .businessArea("Estates")
                .format(AssetFormat.PAPER)
                .systemOrLocation("Plan chest, Town Hall basement")
                .assetOwner("Head of Estates")
                .dataOwner("Estates records officer");
    }

    /** The HR system: employees' personal data, including health data, for employment. */
    static InformationAsset.Builder aPersonalDataAsset() {
        return InformationAsset.builder(AssetId.of("HR-001"), "Personnel files")
                .description("Employment records of current and former staff")
                .businessArea("Human Resources")
                .systemOrLocation("HR system (iTrent)")
                .assetOwner("Director of People")
                .dataOwner("HR Systems Manager")
                .personalData(true)
                .dataSubjectCategories("employees", "former employees")
                .personalDataCategories("contact details", "pay and pension", "sickness absence")
                .specialCategories("health")
                .specialCategoryConditions(SpecialCategoryCondition.EMPLOYMENT_SOCIAL_SECURITY)
                .purposes("staff administration", "payroll")
                .lawfulBases(LawfulBasis.CONTRACT, LawfulBasis.LEGAL_OBLIGATION)
                .recipients("HMRC", "pension fund")
                .processors("Payroll bureau Ltd")
                .classification(SecurityClassification.OFFICIAL_SENSITIVE)
                .securityMeasures("Role-based access, encrypted at rest, annual penetration test")
                .accessRoles("HR advisers", "payroll team")
                .retention(RetentionReference.of("LGA-2024", "HR-4.2"))
                .dpia(DpiaRecord.of("DPIA-2024-07", LocalDate.of(2024, 3, 1)))
                .reviewDate(LocalDate.of(2026, 12, 31));
    }
}
