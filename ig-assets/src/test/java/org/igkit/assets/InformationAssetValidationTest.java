package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.igkit.assets.AssetAssertions.assertThatEntry;
import static org.igkit.assets.AssetFixtures.aNonPersonalAsset;
import static org.igkit.assets.AssetFixtures.aPersonalDataAsset;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules an entry must meet to be on the register; each refusal names the field at fault. */
class InformationAssetValidationTest {

    @Test
    @DisplayName("A complete entry for personal data, and one for an asset with no personal data, are accepted")
    void completeEntriesAreAccepted() {
        assertThatEntry(aPersonalDataAsset()).isAccepted();
        assertThatEntry(aNonPersonalAsset()).isAccepted();
    }

    @Test
    @DisplayName("IAR: name, business area, Information Asset Owner and data owner are required")
    void theRegisterColumnsThatNameResponsibilityAreRequired() {
        assertThatEntry(aNonPersonalAsset().name(" ").businessArea(null).assetOwner("").dataOwner(null))
                .isRefusedAt("name", "businessArea", "assetOwner", "dataOwner");
    }

    @Test
    @DisplayName("UK GDPR Art 30(1)(b): personal data requires at least one purpose")
    void personalDataRequiresPurposes() {
        assertThatEntry(aPersonalDataAsset().purposes()).isRefusedAt("purposes", "Art 30(1)(b)");
    }

    @Test
    @DisplayName("UK GDPR Art 6(1): personal data requires a lawful basis")
    void personalDataRequiresALawfulBasis() {
        assertThatEntry(aPersonalDataAsset().lawfulBases()).isRefusedAt("lawfulBases", "Art 6(1)");
    }

    @Test
    @DisplayName("UK GDPR Art 30(1)(c): personal data requires the categories of data subjects")
    void personalDataRequiresDataSubjectCategories() {
        assertThatEntry(aPersonalDataAsset().dataSubjectCategories()).isRefusedAt("dataSubjectCategories",
                "Art 30(1)(c)");
    }

    @Test
    @DisplayName("Every missing personal-data field is reported at once, not just the first")
    void everyViolationIsCollected() {
        assertThatEntry(aPersonalDataAsset().purposes().lawfulBases().dataSubjectCategories())
                .isRefusedAt("purposes", "lawfulBases", "dataSubjectCategories");
    }

    @Test
    @DisplayName("UK GDPR Art 9(2): special category data requires an Art 9 condition")
    void specialCategoryDataRequiresAnArticle9Condition() {
        assertThatEntry(aPersonalDataAsset().specialCategoryConditions()).isRefusedAt("specialCategoryConditions",
                "Art 9");
    }

    @Test
    @DisplayName("UK GDPR Art 10 and DPA 2018 s.10(5): criminal offence data requires its condition")
    void criminalOffenceDataRequiresItsCondition() {
        assertThatEntry(aPersonalDataAsset().criminalOffenceData(true)).isRefusedAt("criminalOffenceCondition",
                "Art 10");
        assertThatEntry(aPersonalDataAsset().criminalOffenceData(true)
                .criminalOffenceCondition("DPA 2018 Sch 1 para 1: employment (DBS checks)")).isAccepted();
    }

    @Test
    @DisplayName("UK GDPR Art 7(1): consent as the Art 6 basis needs a recorded consent mechanism")
    void consentNeedsARecordedMechanism() {
        assertThatEntry(aPersonalDataAsset().lawfulBases(LawfulBasis.CONSENT)).isRefusedAt("consentMechanism",
                "Art 7(1)");
        assertThatEntry(aPersonalDataAsset().lawfulBases(LawfulBasis.CONSENT)
                .consentMechanism("Online form with unticked box; consent log in CRM")).isAccepted();
    }

    @Test
    @DisplayName("UK GDPR Art 9(2)(a): explicit consent as the Art 9 condition also needs a consent mechanism")
    void explicitConsentNeedsARecordedMechanism() {
        assertThatEntry(aPersonalDataAsset().specialCategoryConditions(SpecialCategoryCondition.EXPLICIT_CONSENT))
                .isRefusedAt("consentMechanism");
    }

    @Test
    @DisplayName("UK GDPR Art 44: a transfer outside the UK needs a safeguard, named by its index")
    void aTransferOutsideTheUkNeedsASafeguard() {
        assertThatEntry(aPersonalDataAsset().transfers(
                InternationalTransfer.to("United States", TransferSafeguard.INTERNATIONAL_DATA_TRANSFER_AGREEMENT),
                InternationalTransfer.to("India", null)))
                .isRefusedAt("transfers[1].safeguard", "Art 44");
    }

    @Test
    @DisplayName("UK GDPR Art 30(2)(a): a processor's entry names the controllers it acts for")
    void aProcessorNamesItsControllers() {
        assertThatEntry(aPersonalDataAsset().role(ProcessingRole.PROCESSOR)).isRefusedAt("controllers",
                "Art 30(2)(a)");
        assertThatEntry(aPersonalDataAsset().role(ProcessingRole.PROCESSOR)
                .controllers("Borough Council, dpo@borough.gov.uk")).isAccepted();
    }

    @Test
    @DisplayName("UK GDPR Art 26: a joint controller's entry names the other controllers")
    void aJointControllerNamesTheOthers() {
        assertThatEntry(aPersonalDataAsset().role(ProcessingRole.JOINT_CONTROLLER)).isRefusedAt("controllers",
                "Art 26");
    }

    @Test
    @DisplayName("An asset without personal data may not record special category data, bases or subjects")
    void personalDataDetailsNeedPersonalData() {
        assertThatEntry(aNonPersonalAsset().specialCategories("health").lawfulBases(LawfulBasis.PUBLIC_TASK)
                .dataSubjectCategories("residents").specialCategoryConditions(
                        SpecialCategoryCondition.SUBSTANTIAL_PUBLIC_INTEREST))
                .isRefusedAt("specialCategories", "lawfulBases", "dataSubjectCategories");
    }

    @Test
    @DisplayName("Information flows name their recipient, purpose and method, by index")
    void flowsNameRecipientPurposeAndMethod() {
        assertThatEntry(aPersonalDataAsset().flows(
                InformationFlow.toOrganisation("HMRC", "RTI returns", FlowFrequency.MONTHLY, "HMRC gateway"),
                InformationFlow.toSystem(" ", null, FlowFrequency.DAILY, "")))
                .isRefusedAt("flows[1].to", "flows[1].purpose", "flows[1].method");
    }

    @Test
    @DisplayName("Parts of an entry (flow, transfer, DPIA) missing a required value are refused with their path")
    void partsAreCheckedWithTheirPath() {
        assertThatEntry(aPersonalDataAsset()
                .flows(new InformationFlow("HMRC", null, "RTI", null, "gateway", null))
                .transfers(new InternationalTransfer(" ", null, TransferSafeguard.EXCEPTION, null))
                .dpia(new DpiaRecord("", null, null)))
                .isRefusedAt("flows[0].destination", "flows[0].frequency", "transfers[0].destination",
                        "dpia.reference", "dpia.completedOn");
    }

    @Test
    @DisplayName("Blank entries in a list are refused with their index")
    void blankListEntriesAreRefused() {
        assertThatEntry(aPersonalDataAsset().recipients("HMRC", " ")).isRefusedAt("recipients[1]");
    }

    @Test
    @DisplayName("A null in a set is refused, naming the set")
    void nullInASetIsRefused() {
        assertThatEntry(aPersonalDataAsset().lawfulBases(LawfulBasis.CONTRACT, null)).isRefusedAt("lawfulBases");
    }

    @Test
    @DisplayName("A review date in the past is not refused (AssetCheck flags it instead)")
    void aPastReviewDateIsNotRefused() {
        assertThatEntry(aPersonalDataAsset().reviewDate(LocalDate.of(2001, 1, 1))).isAccepted();
    }

    @Test
    @DisplayName("A negative version is refused")
    void negativeVersionIsRefused() {
        assertThatEntry(aNonPersonalAsset().version(-1)).isRefusedAt("version");
    }

    @Test
    @DisplayName("Asset ids are letters, digits and . _ : - so that they sort alike in Java and SQL")
    void assetIdsAreRestricted() {
        assertThatThrownBy(() -> AssetId.of("HR 001")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("id");
        assertThatThrownBy(() -> AssetId.of("")).isInstanceOf(ValidationException.class);
        assertThat(AssetId.of("HR-001.a:b_c").value()).isEqualTo("HR-001.a:b_c");
    }

    @Test
    @DisplayName("The canonical constructor rebuilds an entry exactly, and the builder round-trips")
    void entriesRebuildExactly() {
        InformationAsset asset = aPersonalDataAsset().confidentialFields(AssetField.RECIPIENTS).version(7).build();
        InformationAsset rebuilt = new InformationAsset(asset.id(), asset.name(), asset.description(),
                asset.businessArea(), asset.format(), asset.systemOrLocation(), asset.assetOwner(), asset.dataOwner(),
                asset.personalData(), asset.role(), asset.controllers(), asset.dataSubjectCategories(),
                asset.personalDataCategories(), asset.specialCategories(), asset.specialCategoryConditions(),
                asset.criminalOffenceData(), asset.criminalOffenceCondition(), asset.purposes(), asset.lawfulBases(),
                asset.consentMechanism(), asset.recipients(), asset.processors(), asset.transfers(),
                asset.classification(), asset.securityMeasures(), asset.accessRoles(), asset.retention(),
                asset.dpia(), asset.reviewDate(), asset.status(), asset.flows(), asset.confidential(),
                asset.confidentialFields(), asset.version());
        assertThat(rebuilt).isEqualTo(asset);
        assertThat(asset.toBuilder().build()).isEqualTo(asset);
        assertThat(asset.withVersion(8).version()).isEqualTo(8);
    }

    @Test
    @DisplayName("Retention references read back from their scheduleId/entryId form")
    void retentionReferencesParse() {
        RetentionReference reference = RetentionReference.of("LGA-2024", "HR-4.2");
        assertThat(RetentionReference.parse(reference.toString())).isEqualTo(reference);
        assertThatThrownBy(() -> RetentionReference.parse("no-slash")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("retention");
    }
}
