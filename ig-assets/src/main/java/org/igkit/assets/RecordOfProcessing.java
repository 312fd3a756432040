package org.igkit.assets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.explain.Explanation;

/**
 * The Record of Processing Activities (UK GDPR Art 30) as a view over the register: every active asset that
 * holds personal data becomes one processing activity, in the controller's record (Art 30(1)) when the body is
 * its controller or a joint controller, in the processor's record (Art 30(2)) when it is a processor. Assets
 * without personal data and retired assets are left out (Art 30 records current processing of personal data).
 * Exported as RFC 4180 CSV (one file per record) here, or as one JSON document by an adapter (ig-json).
 *
 * @param organisation    the body keeping the record
 * @param controllerSheet the controller's record, Art 30(1)
 * @param processorSheet  the processor's record, Art 30(2)
 * @param explanation     which assets went where, and why
 */
public record RecordOfProcessing(Organisation organisation, RopaSheet controllerSheet, RopaSheet processorSheet,
        Explanation explanation) {

    public RecordOfProcessing {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(controllerSheet, "controllerSheet");
        Objects.requireNonNull(processorSheet, "processorSheet");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The record of {@code organisation}'s processing, drawn from {@code assets}. */
    public static RecordOfProcessing of(Organisation organisation, Collection<InformationAsset> assets) {
        Objects.requireNonNull(organisation, "organisation");
        List<RopaSheet.Row> controllerRows = new ArrayList<>();
        List<RopaSheet.Row> processorRows = new ArrayList<>();
        List<InformationAsset> sorted = assets.stream().sorted(Comparator.comparing(InformationAsset::id)).toList();
        int withoutPersonalData = 0;
        int retired = 0;
        for (InformationAsset asset : sorted) {
            if (!asset.personalData()) {
                withoutPersonalData++;
            } else if (!asset.isActive()) {
                retired++;
            } else if (asset.role() == ProcessingRole.PROCESSOR) {
                processorRows.add(processorRow(organisation, asset));
            } else {
                controllerRows.add(controllerRow(organisation, asset));
            }
        }
        Explanation explanation = Explanation.builder()
                .step(sorted.size() + " register entries read for " + organisation.name())
                .step(controllerRows.size() + " active assets holding personal data under " + organisation.name()
                        + "'s control (alone or jointly) form the controller's record", AssetCitations.ART_30_1)
                .step(processorRows.size() + " active assets holding personal data processed on behalf of other "
                        + "controllers form the processor's record", AssetCitations.ART_30_2)
                .step(withoutPersonalData + " assets hold no personal data and " + retired
                        + " retired assets are no longer processed; they are left out")
                .build();
        return new RecordOfProcessing(organisation, new RopaSheet(RopaColumn.CONTROLLER_COLUMNS, controllerRows),
                new RopaSheet(RopaColumn.PROCESSOR_COLUMNS, processorRows), explanation);
    }

    /** The controller's record as CSV with the ICO template's headings. */
    public String controllerCsv() {
        return controllerSheet.toCsv();
    }

    /** The processor's record as CSV with the ICO template's headings. */
    public String processorCsv() {
        return processorSheet.toCsv();
    }

    private static RopaSheet.Row controllerRow(Organisation organisation, InformationAsset asset) {
        Map<RopaColumn, List<String>> values = new EnumMap<>(RopaColumn.class);
        values.put(RopaColumn.ASSET_ID, List.of(asset.id().value()));
        values.put(RopaColumn.BUSINESS_FUNCTION, List.of(asset.businessArea()));
        values.put(RopaColumn.PROCESSING_ACTIVITY, List.of(asset.name()));
        values.put(RopaColumn.CONTROLLER, List.of(organisation.nameAndContact()));
        values.put(RopaColumn.DATA_PROTECTION_OFFICER, optional(organisation.dpo()));
        values.put(RopaColumn.REPRESENTATIVE, optional(organisation.representative()));
        values.put(RopaColumn.JOINT_CONTROLLERS,
                asset.role() == ProcessingRole.JOINT_CONTROLLER ? asset.controllers() : List.of());
        values.put(RopaColumn.PURPOSES, asset.purposes());
        values.put(RopaColumn.DATA_SUBJECT_CATEGORIES, asset.dataSubjectCategories());
        values.put(RopaColumn.PERSONAL_DATA_CATEGORIES, asset.personalDataCategories());
        values.put(RopaColumn.SPECIAL_CATEGORIES, asset.specialCategories());
        values.put(RopaColumn.RECIPIENTS, asset.recipients());
        values.put(RopaColumn.PROCESSORS, asset.processors());
        putTransfers(values, asset);
        values.put(RopaColumn.RETENTION, asset.findRetention().map(RetentionReference::toString).stream().toList());
        values.put(RopaColumn.SECURITY_MEASURES, security(asset));
        values.put(RopaColumn.LAWFUL_BASIS, asset.lawfulBases().stream().map(LawfulBasis::toString).toList());
        values.put(RopaColumn.SPECIAL_CATEGORY_CONDITION,
                asset.specialCategoryConditions().stream().map(SpecialCategoryCondition::toString).toList());
        values.put(RopaColumn.CRIMINAL_OFFENCE_CONDITION, optional(asset.criminalOffenceCondition()));
        values.put(RopaColumn.CONSENT_RECORD, optional(asset.consentMechanism()));
        values.put(RopaColumn.LOCATION, optional(asset.systemOrLocation()));
        values.put(RopaColumn.DPIA, asset.findDpia()
                .map(d -> d.reference() + " (completed " + d.completedOn() + ")").stream().toList());
        return new RopaSheet.Row(asset.id(), values);
    }

    private static RopaSheet.Row processorRow(Organisation organisation, InformationAsset asset) {
        Map<RopaColumn, List<String>> values = new EnumMap<>(RopaColumn.class);
        values.put(RopaColumn.ASSET_ID, List.of(asset.id().value()));
        values.put(RopaColumn.PROCESSING_ACTIVITY, List.of(asset.name()));
        values.put(RopaColumn.PROCESSOR, List.of(organisation.nameAndContact()));
        values.put(RopaColumn.DATA_PROTECTION_OFFICER, optional(organisation.dpo()));
        values.put(RopaColumn.REPRESENTATIVE, optional(organisation.representative()));
        values.put(RopaColumn.CONTROLLERS_SERVED, asset.controllers());
        values.put(RopaColumn.PROCESSING_CATEGORIES, asset.purposes());
        putTransfers(values, asset);
        values.put(RopaColumn.SECURITY_MEASURES, security(asset));
        return new RopaSheet.Row(asset.id(), values);
    }

    private static void putTransfers(Map<RopaColumn, List<String>> values, InformationAsset asset) {
        values.put(RopaColumn.THIRD_COUNTRIES, asset.transfers().stream()
                .map(t -> t.recipient() == null ? t.destination() : t.destination() + " (" + t.recipient() + ")")
                .toList());
        values.put(RopaColumn.TRANSFER_SAFEGUARDS, asset.transfers().stream()
                .map(t -> t.destination() + ": " + t.safeguard().description()
                        + (t.documentation() == null ? "" : ", documented in " + t.documentation()))
                .toList());
    }

    private static List<String> security(InformationAsset asset) {
        List<String> security = new ArrayList<>();
        security.add("Classified " + asset.classification().label());
        Optional.ofNullable(asset.securityMeasures()).ifPresent(security::add);
        if (!asset.accessRoles().isEmpty()) {
            security.add("Access limited to: " + String.join(", ", asset.accessRoles()));
        }
        return security;
    }

    private static List<String> optional(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
