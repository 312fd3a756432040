package org.igkit.assets;

/**
 * The fields of an asset that the public register can show, in the order it shows them. An asset can withhold
 * any of them ({@link InformationAsset#confidentialFields()}); some are withheld from every asset by default
 * because publishing them would weaken security ({@link #isPublishedByDefault()}).
 */
public enum AssetField {
    NAME("Name", true),
    DESCRIPTION("Description", true),
    BUSINESS_AREA("Business area", true),
    FORMAT("Format", true),
    SYSTEM_OR_LOCATION("System or location", false),
    ASSET_OWNER("Information asset owner", true),
    DATA_OWNER("Data owner", true),
    PERSONAL_DATA("Holds personal data", true),
    DATA_SUBJECT_CATEGORIES("Categories of individuals", true),
    PERSONAL_DATA_CATEGORIES("Categories of personal data", true),
    PURPOSES("Purposes", true),
    LAWFUL_BASES("Lawful basis", true),
    RECIPIENTS("Categories of recipients", true),
    SECURITY_CLASSIFICATION("Security classification", true),
    ACCESS_ROLES("Access", false),
    RETENTION("Retention schedule entry", true),
    STATUS("Status", true);

    private final String heading;
    private final boolean publishedByDefault;

    AssetField(String heading, boolean publishedByDefault) {
        this.heading = heading;
        this.publishedByDefault = publishedByDefault;
    }

    /** The column heading in the public register. */
    public String heading() {
        return heading;
    }

    /**
     * False for fields that describe where and how an asset is held (system, location, access roles): published,
     * they would help an attacker more than the public; an embedder can publish them with
     * {@link PublicRegister.Options#publishing(AssetField...)}.
     */
    public boolean isPublishedByDefault() {
        return publishedByDefault;
    }
}
