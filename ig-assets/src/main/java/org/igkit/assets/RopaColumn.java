package org.igkit.assets;

import java.util.List;

/**
 * The columns of the Record of Processing Activities. Where the ICO's documentation template for controllers has
 * the column, its heading is used verbatim (sheet "Template", row 9); the controller, DPO and representative
 * contact block the template keeps above the table (rows 1-6, Art 30(1)(a)) is flattened into columns so that each
 * CSV row stands alone; the asset reference, processing activity, special category data and criminal offence
 * condition columns are igkit's. The processor's columns follow Art 30(2) item by item.
 * {@link #CONTROLLER_COLUMNS} and {@link #PROCESSOR_COLUMNS} give each sheet's columns in order.
 */
public enum RopaColumn {
    ASSET_ID("assetId", "Asset reference", "register reference"),
    BUSINESS_FUNCTION("businessFunction", "Business function", "ICO template"),
    PROCESSING_ACTIVITY("processingActivity", "Processing activity", "ICO template"),
    CONTROLLER("controller", "Name and contact details of controller", "Art 30(1)(a)"),
    DATA_PROTECTION_OFFICER("dataProtectionOfficer", "Name and contact details of data protection officer",
            "Art 30(1)(a)"),
    REPRESENTATIVE("representative", "Name and contact details of representative", "Art 30(1)(a)"),
    JOINT_CONTROLLERS("jointControllers", "Name and contact details of joint controller (if applicable)",
            "Art 30(1)(a)"),
    PURPOSES("purposes", "Purpose of processing", "Art 30(1)(b)"),
    DATA_SUBJECT_CATEGORIES("dataSubjectCategories", "Categories of individuals", "Art 30(1)(c)"),
    PERSONAL_DATA_CATEGORIES("personalDataCategories", "Categories of personal data", "Art 30(1)(c)"),
    SPECIAL_CATEGORIES("specialCategories", "Special category data", "Art 9(1)"),
    RECIPIENTS("recipients", "Categories of recipients", "Art 30(1)(d)"),
    PROCESSORS("processors", "Link to contract with processor", "Art 28"),
    THIRD_COUNTRIES("thirdCountries",
            "Names of third countries or international organisations that personal data are transferred to (if "
                    + "applicable)",
            "Art 30(1)(e)"),
    TRANSFER_SAFEGUARDS("transferSafeguards",
            "Safeguards for exceptional transfers of personal data to third countries or international "
                    + "organisations (if applicable)",
            "Art 30(1)(e)"),
    RETENTION("retention", "Retention schedule (if possible)", "Art 30(1)(f)"),
    SECURITY_MEASURES("securityMeasures", "General description of technical and organisational security measures (if possible)", "Art 30(1)(g)"),
    LAWFUL_BASIS("lawfulBasis", "Article 6 lawful basis for processing personal data", "Art 6(1)"),
    SPECIAL_CATEGORY_CONDITION("specialCategoryCondition", "Article 9 condition for processing special category data",
            "Art 9(2)"),
    CRIMINAL_OFFENCE_CONDITION("criminalOffenceCondition",
            "Condition for processing criminal offence data", "Art 10"),
    CONSENT_RECORD("consentRecord", "Link to record of consent", "Art 7(1)"),
    LOCATION("location", "Location of personal data", "ICO template"),
    DPIA("dpia", "Link to Data Protection Impact Assessment", "Art 35"),
    PROCESSOR("processor", "Name and contact details of processor", "Art 30(2)(a)"),
    CONTROLLERS_SERVED("controllers", "Name and contact details of each controller", "Art 30(2)(a)"),
    PROCESSING_CATEGORIES("processingCategories",
            "Categories of processing carried out on behalf of each controller", "Art 30(2)(b)");

    /** The controller's record, Art 30(1), in column order. */
    public static final List<RopaColumn> CONTROLLER_COLUMNS = List.of(ASSET_ID, BUSINESS_FUNCTION,
            PROCESSING_ACTIVITY, CONTROLLER, DATA_PROTECTION_OFFICER, REPRESENTATIVE, JOINT_CONTROLLERS, PURPOSES,
            DATA_SUBJECT_CATEGORIES, PERSONAL_DATA_CATEGORIES, SPECIAL_CATEGORIES, RECIPIENTS, PROCESSORS,
            THIRD_COUNTRIES, TRANSFER_SAFEGUARDS, RETENTION, SECURITY_MEASURES, LAWFUL_BASIS,
            SPECIAL_CATEGORY_CONDITION, CRIMINAL_OFFENCE_CONDITION, CONSENT_RECORD, LOCATION, DPIA);

    /** The processor's record, Art 30(2), in column order. */
    public static final List<RopaColumn> PROCESSOR_COLUMNS = List.of(ASSET_ID, PROCESSING_ACTIVITY, PROCESSOR,
            DATA_PROTECTION_OFFICER, REPRESENTATIVE, CONTROLLERS_SERVED, PROCESSING_CATEGORIES, THIRD_COUNTRIES,
            TRANSFER_SAFEGUARDS, SECURITY_MEASURES);

    private final String key;
    private final String heading;
    private final String source;

    RopaColumn(String key, String heading, String source) {
        this.key = key;
        this.heading = heading;
        this.source = source;
    }

    /** The member name in the JSON export, e.g. {@code purposes}. */
    public String key() {
        return key;
    }

    /** The CSV heading, as in the ICO template. */
    public String heading() {
        return heading;
    }

    /** Where the column comes from: a UK GDPR provision, or "ICO template". */
    public String source() {
        return source;
    }
}
