package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.assets.AssetFixtures.aNonPersonalAsset;
import static org.igkit.assets.AssetFixtures.aPersonalDataAsset;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The RoPA as a view over the register. */
class RecordOfProcessingTest {
    private static final Organisation COUNCIL = Organisation.of("Borough Council", "Town Hall, High Street, B1 1AA")
            .withDpo("Jane Smith, dpo@borough.gov.uk");

    private final InformationAsset hr = aPersonalDataAsset()
            .transfers(InternationalTransfer.to("United States", TransferSafeguard.INTERNATIONAL_DATA_TRANSFER_AGREEMENT)
                    .withRecipient("Cloud HR Inc").withDocumentation("IDTA-2025-01"))
            .build();
    private final InformationAsset payrollService = aPersonalDataAsset().id(AssetId.of("SVC-001"))
            .name("Payroll service for schools").role(ProcessingRole.PROCESSOR)
            .controllers("St Mary's School, office@stmarys.sch.uk").purposes("payroll processing").build();
    private final InformationAsset plans = aNonPersonalAsset().build();
    private final InformationAsset retired = aPersonalDataAsset().id(AssetId.of("HR-000"))
            .status(AssetStatus.RETIRED).build();

    private final RecordOfProcessing ropa = RecordOfProcessing.of(COUNCIL, List.of(payrollService, plans, retired,
            hr));

    @Test
    @DisplayName("UK GDPR Art 30(1) and 30(2): controller assets go to the controller's record, processor assets to "
            + "the processor's; no personal data and retired assets are left out")
    void assetsGoToTheirPartOfTheRecord() {
        assertThat(ropa.controllerSheet().rows()).extracting(r -> r.assetId().value()).containsExactly("HR-001");
        assertThat(ropa.processorSheet().rows()).extracting(r -> r.assetId().value()).containsExactly("SVC-001");
        assertThat(ropa.explanation().toString()).contains("Art 30(1)", "Art 30(2)",
                "1 assets hold no personal data and 1 retired");
    }

    @Test
    @DisplayName("ICO documentation template for controllers (sheet Template, row 9): its headings, in its order")
    void theControllerHeaderHasTheTemplateColumns() {
        List<String> header = Csv.parse(ropa.controllerCsv()).get(0);
        assertThat(header).containsSubsequence("Business function", "Purpose of processing",
                "Categories of individuals", "Categories of personal data", "Categories of recipients",
                "Link to contract with processor",
                "Names of third countries or international organisations that personal data are transferred to "
                        + "(if applicable)",
                "Safeguards for exceptional transfers of personal data to third countries or international "
                        + "organisations (if applicable)",
                "Retention schedule (if possible)",
                "General description of technical and organisational security measures (if possible)",
                "Article 6 lawful basis for processing personal data",
                "Article 9 condition for processing special category data", "Link to record of consent",
                "Location of personal data", "Link to Data Protection Impact Assessment");
        assertThat(header).contains("Name and contact details of controller",
                "Name and contact details of data protection officer",
                "Name and contact details of joint controller (if applicable)");
    }

    @Test
    @DisplayName("A controller row holds the controller, DPO, purposes, categories, transfers and retention")
    void aControllerRowHoldsTheAsset() {
        RopaSheet.Row row = ropa.controllerSheet().rows().get(0);
        assertThat(row.text(RopaColumn.CONTROLLER)).isEqualTo("Borough Council, Town Hall, High Street, B1 1AA");
        assertThat(row.text(RopaColumn.DATA_PROTECTION_OFFICER)).isEqualTo("Jane Smith, dpo@borough.gov.uk");
        assertThat(row.text(RopaColumn.PURPOSES)).isEqualTo("staff administration; payroll");
        assertThat(row.text(RopaColumn.LAWFUL_BASIS))
                .isEqualTo("contract (Art 6(1)(b)); legal obligation (Art 6(1)(c))");
        assertThat(row.text(RopaColumn.SPECIAL_CATEGORY_CONDITION)).contains("Art 9(2)(b)");
        assertThat(row.text(RopaColumn.THIRD_COUNTRIES)).isEqualTo("United States (Cloud HR Inc)");
        assertThat(row.text(RopaColumn.TRANSFER_SAFEGUARDS)).contains("International Data Transfer Agreement",
                "IDTA-2025-01");
        assertThat(row.text(RopaColumn.RETENTION)).isEqualTo("LGA-2024/HR-4.2");
        assertThat(row.text(RopaColumn.SECURITY_MEASURES)).startsWith("Classified OFFICIAL-SENSITIVE");
    }

    @Test
    @DisplayName("ICO processor template: a processor row names each controller and the categories of processing")
    void aProcessorRowNamesItsControllers() {
        List<List<String>> table = Csv.parse(ropa.processorCsv());
        assertThat(table.get(0)).contains("Name and contact details of processor",
                "Name and contact details of each controller",
                "Categories of processing carried out on behalf of each controller");
        RopaSheet.Row row = ropa.processorSheet().rows().get(0);
        assertThat(row.text(RopaColumn.CONTROLLERS_SERVED)).isEqualTo("St Mary's School, office@stmarys.sch.uk");
        assertThat(row.text(RopaColumn.PROCESSING_CATEGORIES)).isEqualTo("payroll processing");
        assertThat(row.text(RopaColumn.PROCESSOR)).startsWith("Borough Council");
    }

    @Test
    @DisplayName("RFC 4180: a RoPA field with a comma, a quote and a newline is quoted in the CSV and reads back whole")
    void awkwardTextSurvivesTheCsvExport() {
        String purpose = "Payroll, \"RTI\" returns\nand pensions";
        RecordOfProcessing withAwkwardText = RecordOfProcessing.of(COUNCIL,
                List.of(hr.toBuilder().purposes(purpose).build()));

        assertThat(withAwkwardText.controllerCsv()).contains("\"Payroll, \"\"RTI\"\" returns\nand pensions\"");
        List<List<String>> table = Csv.parse(withAwkwardText.controllerCsv());
        assertThat(table.get(1).get(table.get(0).indexOf("Purpose of processing"))).isEqualTo(purpose);
    }
}
