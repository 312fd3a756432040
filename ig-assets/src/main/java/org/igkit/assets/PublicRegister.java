package org.igkit.assets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The register as the public may see it (a publication scheme's "what information we hold"): active assets not
 * marked confidential, each with the fields published by default ({@link AssetField#isPublishedByDefault()}) or
 * chosen in {@link Options}, less the fields the asset itself withholds ({@link
 * InformationAsset#confidentialFields()}). A withheld field is absent from its entry; in CSV it reads
 * {@value #WITHHELD}.
 *
 * @param fields  the fields published, in column order
 * @param entries an entry per published asset, in id order
 */
public record PublicRegister(List<AssetField> fields, List<Entry> entries) {
    /** What a withheld field shows in the CSV export. */
    public static final String WITHHELD = "Withheld";

    /**
     * One asset as published.
     *
     * @param assetId the asset
     * @param values  the published fields' values; withheld fields are absent
     */
    public record Entry(AssetId assetId, Map<AssetField, String> values) {
        public Entry {
            Objects.requireNonNull(assetId, "assetId");
            values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(AssetField.class)
                    : new EnumMap<>(values));
        }

        /** The value of {@code field}, unless it is withheld. */
        public Optional<String> find(AssetField field) {
            return Optional.ofNullable(values.get(field));
        }

        /** True when {@code field} is withheld from this entry. */
        public boolean isWithheld(AssetField field) {
            return !values.containsKey(field);
        }
    }

    /**
     * Which fields to publish and whether retired assets are listed.
     *
     * @param published      the fields to publish (before each asset's own withholding)
     * @param includeRetired whether retired assets are listed
     */
    public record Options(Set<AssetField> published, boolean includeRetired) {
        public Options {
            published = Collections.unmodifiableSet(published.isEmpty() ? EnumSet.noneOf(AssetField.class)
                    : EnumSet.copyOf(published));
        }

        /** The default: the fields published by default, active assets only. */
        public static Options defaults() {
            EnumSet<AssetField> fields = EnumSet.noneOf(AssetField.class);
            for (AssetField field : AssetField.values()) {
                if (field.isPublishedByDefault()) {
                    fields.add(field);
                }
            }
            return new Options(fields, false);
        }

        /** A copy that also publishes {@code more}. */
        public Options publishing(AssetField... more) {
            EnumSet<AssetField> fields = EnumSet.noneOf(AssetField.class);
            fields.addAll(published);
            fields.addAll(List.of(more));
            return new Options(fields, includeRetired);
        }

        /** A copy that lists retired assets too. */
        public Options includingRetired() {
            return new Options(published, true);
        }
    }

    public PublicRegister {
        fields = List.copyOf(fields);
        entries = List.copyOf(entries);
    }

    /** The public register of {@code assets} with the default options. */
    public static PublicRegister of(Collection<InformationAsset> assets) {
        return of(assets, Options.defaults());
    }

    /** The public register of {@code assets}. */
    public static PublicRegister of(Collection<InformationAsset> assets, Options options) {
        List<AssetField> fields = List.copyOf(EnumSet.copyOf(options.published().isEmpty()
                ? EnumSet.noneOf(AssetField.class) : options.published()));
        List<Entry> entries = new ArrayList<>();
        assets.stream()
                .filter(a -> !a.confidential())
                .filter(a -> options.includeRetired() || a.isActive())
                .sorted(Comparator.comparing(InformationAsset::id))
                .forEach(asset -> {
                    Map<AssetField, String> values = new EnumMap<>(AssetField.class);
                    for (AssetField field : fields) {
                        if (!asset.confidentialFields().contains(field)) {
                            values.put(field, valueOf(asset, field));
                        }
                    }
                    entries.add(new Entry(asset.id(), values));
                });
        return new PublicRegister(fields, entries);
    }

    /** As RFC 4180 CSV: "Asset reference" and the fields' headings, then a record per asset. */
    public String toCsv() {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("Asset reference");
        fields.forEach(f -> header.add(f.heading()));
        table.add(header);
        for (Entry entry : entries) {
            List<String> row = new ArrayList<>();
            row.add(entry.assetId().value());
            fields.forEach(f -> row.add(entry.find(f).orElse(WITHHELD)));
            table.add(row);
        }
        return Csv.write(table);
    }

    private static String valueOf(InformationAsset asset, AssetField field) {
        return switch (field) {
            case NAME -> asset.name();
            case DESCRIPTION -> Objects.toString(asset.description(), "");
            case BUSINESS_AREA -> asset.businessArea();
            case FORMAT -> asset.format().name().toLowerCase(Locale.ROOT);
            case SYSTEM_OR_LOCATION -> Objects.toString(asset.systemOrLocation(), "");
            case ASSET_OWNER -> asset.assetOwner();
            case DATA_OWNER -> asset.dataOwner();
            case PERSONAL_DATA -> asset.personalData() ? "Yes" : "No";
            case DATA_SUBJECT_CATEGORIES -> String.join(RopaSheet.VALUE_SEPARATOR, asset.dataSubjectCategories());
            case PERSONAL_DATA_CATEGORIES -> String.join(RopaSheet.VALUE_SEPARATOR, asset.personalDataCategories());
            case PURPOSES -> String.join(RopaSheet.VALUE_SEPARATOR, asset.purposes());
            case LAWFUL_BASES -> String.join(RopaSheet.VALUE_SEPARATOR,
                    asset.lawfulBases().stream().map(LawfulBasis::toString).toList());
            case RECIPIENTS -> String.join(RopaSheet.VALUE_SEPARATOR, asset.recipients());
            case SECURITY_CLASSIFICATION -> asset.classification().label();
            case ACCESS_ROLES -> String.join(RopaSheet.VALUE_SEPARATOR, asset.accessRoles());
            case RETENTION -> asset.findRetention().map(RetentionReference::toString).orElse("");
            case STATUS -> asset.status().name().toLowerCase(Locale.ROOT);
        };
    }
}
