package org.igkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.assets.AssetField;
import org.igkit.assets.AssetId;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.LawfulBasis;
import org.igkit.assets.Organisation;
import org.igkit.assets.ProcessingRole;
import org.igkit.assets.PublicRegister;
import org.igkit.assets.RecordOfProcessing;

/** The JSON exports of the asset register, as GET /v1/assets/ropa.json and /v1/assets/public-register.json serve them. */
class RegisterExportsTest {
    private static final Organisation COUNCIL = Organisation.of("Borough Council", "Town Hall, High Street, B1 1AA")
            .withDpo("Jane Smith, dpo@borough.gov.uk");

    private final InformationAsset hr = aPersonalDataAsset().build();
    private final InformationAsset payrollService = aPersonalDataAsset().id(AssetId.of("SVC-001"))
            .name("Payroll service for schools").role(ProcessingRole.PROCESSOR)
            .controllers("St Mary's School, office@stmarys.sch.uk").purposes("payroll processing").build();

    @Test
    @DisplayName("The RoPA export names the organisation and lists both records with lists of values")
    void theRecordOfProcessing() {
        String json = RegisterExports.recordOfProcessing(RecordOfProcessing.of(COUNCIL, List.of(payrollService, hr)));
        assertThat(json).startsWith("{\"organisation\":{\"name\":\"Borough Council\",\"contactDetails\":"
                + "\"Town Hall, High Street, B1 1AA\",\"dpo\":\"Jane Smith, dpo@borough.gov.uk\","
                + "\"representative\":null},\"controllerRecord\":[{\"assetId\":\"HR-001\"");
        assertThat(json).contains("\"purposes\":[\"staff administration\",\"payroll\"]",
                "\"processorRecord\":[{\"assetId\":\"SVC-001\"", "\"controllers\":[\"St Mary's School, "
                        + "office@stmarys.sch.uk\"]");
    }

    @Test
    @DisplayName("A purpose with quotes and a line break is escaped, not split or cut")
    void awkwardTextIsEscaped() {
        String purpose = "Payroll, \"RTI\" returns\nand pensions";
        String json = RegisterExports.recordOfProcessing(RecordOfProcessing.of(COUNCIL,
                List.of(hr.toBuilder().purposes(purpose).build())));
        assertThat(json).contains("\"purposes\":[\"Payroll, \\\"RTI\\\" returns\\nand pensions\"]");
    }

    @Test
    @DisplayName("The public register export leaves withheld fields out")
    void thePublicRegister() {
        InformationAsset withheld = aPersonalDataAsset().confidentialFields(AssetField.RECIPIENTS).build();
        String json = RegisterExports.publicRegister(PublicRegister.of(List.of(withheld)));
        assertThat(json).startsWith("[{\"assetId\":\"HR-001\",")
                .contains("\"businessArea\":\"Human Resources\"")
                .doesNotContain("recipients", "HMRC", "iTrent");
    }

    @Test
    @DisplayName("RFC 8259 s.7: quote, backslash and control characters are escaped; U+2028 and U+2029 too")
    void stringsAreEscaped() {
        assertThat(quoted("a\"b\\c\nd\re\tf\bg\fh\u0001i")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\"");
        assertThat(quoted("é€\u2028\u2029")).isEqualTo("\"é€\\u2028\\u2029\"");
        assertThat(quoted("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
        assertThat(quoted("/")).isEqualTo("\"/\"");
    }

    /** {@code text} as the exports write a string: the value of the one published field of an asset named so. */
    static String quoted(String text) {
        InformationAsset asset = InformationAsset.builder(AssetId.of("A-1"), "x").businessArea("x").assetOwner("x")
                .dataOwner("x").build();
        String json = RegisterExports.publicRegister(new PublicRegister(List.of(AssetField.NAME),
                List.of(new PublicRegister.Entry(asset.id(), Map.of(AssetField.NAME, text)))));
        String prefix = "[{\"assetId\":\"A-1\",\"name\":";
        assertThat(json).startsWith(prefix).endsWith("}]");
        return json.substring(prefix.length(), json.length() - 2);
    }

    private static InformationAsset.Builder aPersonalDataAsset() {
        return InformationAsset.builder(AssetId.of("HR-001"), "Personnel files")
                .businessArea("Human Resources")
                .systemOrLocation("HR system (iTrent)")
                .assetOwner("Director of People")
                .dataOwner("HR Systems Manager")
                .personalData(true)
                .dataSubjectCategories("employees")
                .personalDataCategories("contact details")
                .purposes("staff administration", "payroll")
                .lawfulBases(LawfulBasis.CONTRACT)
                .recipients("HMRC", "pension fund");
    }
}
