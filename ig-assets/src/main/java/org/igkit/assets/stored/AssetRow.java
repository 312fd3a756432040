package org.igkit.assets.stored;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.igkit.assets.AssetField;
import org.igkit.assets.AssetFormat;
import org.igkit.assets.AssetId;
import org.igkit.assets.AssetStatus;
import org.igkit.assets.DpiaRecord;
import org.igkit.assets.FlowDestination;
import org.igkit.assets.FlowFrequency;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.InformationFlow;
import org.igkit.assets.InternationalTransfer;
import org.igkit.assets.LawfulBasis;
import org.igkit.assets.ProcessingRole;
import org.igkit.assets.RetentionReference;
import org.igkit.assets.SecurityClassification;
import org.igkit.assets.SpecialCategoryCondition;
import org.igkit.assets.TransferSafeguard;
import org.igkit.core.error.ValidationException;

/**
 * The single-valued fields of one stored asset, enums by name and the classification by its label; the
 * multi-valued fields are stored apart as lists of text under the names of {@link #valueListsOf(InformationAsset)}.
 */
public record AssetRow(String id, String name, String description, String businessArea, String format,
                       String systemOrLocation, String assetOwner, String dataOwner, boolean personalData,
                       String role, boolean criminalOffenceData, String criminalOffenceCondition,
                       String consentMechanism, String classification, String securityMeasures,
                       String retentionScheduleId, String retentionEntryId, String dpiaReference,
                       LocalDate dpiaCompletedOn, LocalDate dpiaReviewDueOn, LocalDate reviewDate, String status,
                       boolean confidential, long version) {
    private static final String CONTROLLERS = "controllers";
    private static final String DATA_SUBJECT_CATEGORIES = "dataSubjectCategories";
    private static final String PERSONAL_DATA_CATEGORIES = "personalDataCategories";
    private static final String SPECIAL_CATEGORIES = "specialCategories";
    private static final String SPECIAL_CATEGORY_CONDITIONS = "specialCategoryConditions";
    private static final String PURPOSES = "purposes";
    private static final String LAWFUL_BASES = "lawfulBases";
    private static final String RECIPIENTS = "recipients";
    private static final String PROCESSORS = "processors";
    private static final String ACCESS_ROLES = "accessRoles";
    private static final String CONFIDENTIAL_FIELDS = "confidentialFields";

    /** The row of {@code a}'s single-valued fields. */
    public static AssetRow of(InformationAsset a) {
        DpiaRecord dpia = a.dpia();
        RetentionReference retention = a.retention();
        return new AssetRow(a.id().value(), a.name(), a.description(), a.businessArea(), a.format().name(),
                a.systemOrLocation(), a.assetOwner(), a.dataOwner(), a.personalData(), a.role().name(),
                a.criminalOffenceData(), a.criminalOffenceCondition(), a.consentMechanism(),
                a.classification().label(), a.securityMeasures(),
                retention == null ? null : retention.scheduleId(), retention == null ? null : retention.entryId(),
                dpia == null ? null : dpia.reference(), dpia == null ? null : dpia.completedOn(),
                dpia == null ? null : dpia.reviewDueOn(), a.reviewDate(), a.status().name(), a.confidential(),
                a.version());
    }

    /**
     * {@code a}'s multi-valued fields by stored name, each in its order; sets of enums as their names sorted, so
     * that the same asset is always stored the same way.
     */
    public static Map<String, List<String>> valueListsOf(InformationAsset a) {
        return Map.ofEntries(
                Map.entry(CONTROLLERS, a.controllers()),
                Map.entry(DATA_SUBJECT_CATEGORIES, a.dataSubjectCategories()),
                Map.entry(PERSONAL_DATA_CATEGORIES, a.personalDataCategories()),
                Map.entry(SPECIAL_CATEGORIES, a.specialCategories()),
                Map.entry(SPECIAL_CATEGORY_CONDITIONS, names(a.specialCategoryConditions())),
                Map.entry(PURPOSES, a.purposes()),
                Map.entry(LAWFUL_BASES, names(a.lawfulBases())),
                Map.entry(RECIPIENTS, a.recipients()),
                Map.entry(PROCESSORS, a.processors()),
                Map.entry(ACCESS_ROLES, a.accessRoles()),
                Map.entry(CONFIDENTIAL_FIELDS, names(a.confidentialFields())));
    }

    /** A transfer from its stored columns; the safeguard by name or null. */
    public static InternationalTransfer transfer(String destination, String recipient, String safeguard,
                                                 String documentation) {
        return new InternationalTransfer(destination, recipient,
                safeguard == null ? null : TransferSafeguard.valueOf(safeguard), documentation);
    }

    /** A flow from its stored columns; destination and frequency by name. */
    public static InformationFlow flow(String recipient, String destination, String purpose, String frequency,
                                       String method, String sharingAgreement) {
        return new InformationFlow(recipient, FlowDestination.valueOf(destination), purpose,
                FlowFrequency.valueOf(frequency), method, sharingAgreement);
    }

    /** The asset id a page of the register ends on, from the cursor the previous page returned. */
    public static String parseCursor(String cursor) {
        try {
            return AssetId.of(cursor).value();
        } catch (ValidationException e) {
            throw new ValidationException("after", "must be a cursor returned by a previous page", cursor);
        }
    }

    /** The asset of this row with its multi-valued fields ({@code values} by stored name), transfers and flows. */
    public InformationAsset toAsset(Map<String, List<String>> values, List<InternationalTransfer> transfers,
                                    List<InformationFlow> flows) {
        return new InformationAsset(AssetId.of(id), name, description, businessArea, AssetFormat.valueOf(format),
                systemOrLocation, assetOwner, dataOwner, personalData, ProcessingRole.valueOf(role),
                values.getOrDefault(CONTROLLERS, List.of()),
                values.getOrDefault(DATA_SUBJECT_CATEGORIES, List.of()),
                values.getOrDefault(PERSONAL_DATA_CATEGORIES, List.of()),
                values.getOrDefault(SPECIAL_CATEGORIES, List.of()),
                enums(values.get(SPECIAL_CATEGORY_CONDITIONS), SpecialCategoryCondition.class),
                criminalOffenceData, criminalOffenceCondition,
                values.getOrDefault(PURPOSES, List.of()),
                enums(values.get(LAWFUL_BASES), LawfulBasis.class),
                consentMechanism,
                values.getOrDefault(RECIPIENTS, List.of()),
                values.getOrDefault(PROCESSORS, List.of()),
                transfers,
                SecurityClassification.of(classification), securityMeasures,
                values.getOrDefault(ACCESS_ROLES, List.of()),
                retentionScheduleId == null ? null : RetentionReference.of(retentionScheduleId, retentionEntryId),
                dpiaReference == null ? null : new DpiaRecord(dpiaReference, dpiaCompletedOn, dpiaReviewDueOn),
                reviewDate, AssetStatus.valueOf(status), flows, confidential,
                enums(values.get(CONFIDENTIAL_FIELDS), AssetField.class), version);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
        if (names == null) {
            return Set.of();
        }
        return names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
    }
}
