package org.igkit.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.igkit.core.error.ValidationException;

/**
 * One entry of the Information Asset Register: what the asset is, who answers for it, whether it holds personal
 * data and on what legal footing, where it goes, how it is protected, how long it is kept and when it is reviewed.
 * The Record of Processing Activities ({@link RecordOfProcessing}) is a view over these entries.
 *
 * <p>The canonical constructor takes every field, including {@code version}, so that a store can rebuild an
 * entry exactly; {@link #builder(AssetId, String)} is the readable way to write one. Either way the entry is
 * checked as a whole and refused with a {@link ValidationException} naming every field at fault:
 * <ul>
 *   <li>name, business area, information asset owner and data owner are required;</li>
 *   <li>personal data requires purposes, at least one Art 6 lawful basis and the categories of data subjects
 *       (UK GDPR Art 6(1), Art 30(1)(b)-(c)); an asset without personal data may record none of them;</li>
 *   <li>special category data requires an Art 9(2) condition; criminal offence data requires its condition
 *       (Art 10, DPA 2018 s.10(5) and Schedule 1);</li>
 *   <li>consent as a basis (Art 6(1)(a) or explicit consent, Art 9(2)(a)) requires a recorded consent mechanism
 *       (Art 7(1): the controller must be able to show consent was given);</li>
 *   <li>every transfer outside the UK requires a safeguard (Art 44 to 49);</li>
 *   <li>a processor's entry names the controllers it acts for (Art 30(2)(a)), and a joint controller's names the
 *       other controllers (Art 26);</li>
 *   <li>every information flow names its recipient, purpose and method.</li>
 * </ul>
 * What is not unlawful but needs attention (a past review date, regular sharing without an agreement, personal
 * data with no retention entry) is not refused: {@link AssetCheck} flags it as of a date.
 *
 * <p>Collections are copied and unmodifiable; blank optional texts are stored as {@code null}.
 *
 * @param id                        the register's id
 * @param name                      the asset's name
 * @param description               what it holds and why, or {@code null}
 * @param businessArea              the business area (directorate, service, department) that holds it
 * @param format                    electronic, paper or hybrid
 * @param systemOrLocation          the system or physical location holding it, or {@code null}
 * @param assetOwner                the Information Asset Owner (IAO): the senior person accountable for it
 * @param dataOwner                 the person or role managing it day to day (Information Asset Administrator)
 * @param personalData              whether it holds personal data
 * @param role                      the body's role for that personal data (controller, joint controller,
 *                                  processor); {@code CONTROLLER} for assets without personal data
 * @param controllers               for a processor, the controllers it acts for; for a joint controller, the
 *                                  other controllers (name and contact details)
 * @param dataSubjectCategories     categories of individuals, e.g. "employees"
 * @param personalDataCategories    categories of personal data, e.g. "contact details"
 * @param specialCategories         the special categories held (Art 9(1)), e.g. "health"
 * @param specialCategoryConditions the Art 9(2) conditions relied on
 * @param criminalOffenceData       whether it holds criminal offence data (Art 10)
 * @param criminalOffenceCondition  the condition relied on for it (official authority, or the DPA 2018
 *                                  Schedule 1 condition), or {@code null}
 * @param purposes                  the purposes of the processing
 * @param lawfulBases               the Art 6(1) bases relied on
 * @param consentMechanism          how consent is obtained and recorded, or {@code null}
 * @param recipients                categories of recipients (Art 30(1)(d))
 * @param processors                processors acting for the body on this asset
 * @param transfers                 transfers outside the UK
 * @param classification            the security classification
 * @param securityMeasures          a general description of the technical and organisational security measures
 *                                  (Art 30(1)(g)), or {@code null}
 * @param accessRoles               the roles that may access the asset (the means of access)
 * @param retention                 the retention schedule entry it follows, or {@code null} when none is linked
 * @param dpia                      the DPIA covering it, or {@code null}
 * @param reviewDate                when the entry is next to be reviewed, or {@code null}
 * @param status                    active or retired
 * @param flows                     information flows out of the asset
 * @param confidential              true to leave the whole asset out of the public register
 * @param confidentialFields        fields to leave out of the public register
 * @param version                   the optimistic-locking version: 0 before the first save
 */
public record InformationAsset(
        AssetId id,
        String name,
        String description,
        String businessArea,
        AssetFormat format,
        String systemOrLocation,
        String assetOwner,
        String dataOwner,
        boolean personalData,
        ProcessingRole role,
        List<String> controllers,
        List<String> dataSubjectCategories,
        List<String> personalDataCategories,
        List<String> specialCategories,
        Set<SpecialCategoryCondition> specialCategoryConditions,
        boolean criminalOffenceData,
        String criminalOffenceCondition,
        List<String> purposes,
        Set<LawfulBasis> lawfulBases,
        String consentMechanism,
        List<String> recipients,
        List<String> processors,
        List<InternationalTransfer> transfers,
        SecurityClassification classification,
        String securityMeasures,
        List<String> accessRoles,
        RetentionReference retention,
        DpiaRecord dpia,
        LocalDate reviewDate,
        AssetStatus status,
        List<InformationFlow> flows,
        boolean confidential,
        Set<AssetField> confidentialFields,
        long version) {

    public InformationAsset {
        ValidationException.Collector problems = ValidationException.collector();
        description = blankToNull(description);
        systemOrLocation = blankToNull(systemOrLocation);
        criminalOffenceCondition = blankToNull(criminalOffenceCondition);
        consentMechanism = blankToNull(consentMechanism);
        securityMeasures = blankToNull(securityMeasures);
        controllers = texts(controllers, "controllers", problems);
        dataSubjectCategories = texts(dataSubjectCategories, "dataSubjectCategories", problems);
        personalDataCategories = texts(personalDataCategories, "personalDataCategories", problems);
        specialCategories = texts(specialCategories, "specialCategories", problems);
        specialCategoryConditions = enums(specialCategoryConditions, SpecialCategoryCondition.class,
                "specialCategoryConditions", problems);
        purposes = texts(purposes, "purposes", problems);
        lawfulBases = enums(lawfulBases, LawfulBasis.class, "lawfulBases", problems);
        recipients = texts(recipients, "recipients", problems);
        processors = texts(processors, "processors", problems);
        transfers = values(transfers, "transfers", problems);
        accessRoles = texts(accessRoles, "accessRoles", problems);
        flows = values(flows, "flows", problems);
        confidentialFields = enums(confidentialFields, AssetField.class, "confidentialFields", problems);

        problems.require(id != null, "id", "is required", null);
        requireText(name, "name", problems);
        requireText(businessArea, "businessArea", problems);
        requireText(assetOwner, "assetOwner", problems);
        requireText(dataOwner, "dataOwner", problems);
        problems.require(format != null, "format", "is required: ELECTRONIC, PAPER or HYBRID", null);
        problems.require(role != null, "role", "is required: CONTROLLER, JOINT_CONTROLLER or PROCESSOR", null);
        problems.require(classification != null, "classification", "is required", null);
        problems.require(status != null, "status", "is required: ACTIVE or RETIRED", null);
        problems.require(version >= 0, "version", "must be 0 (never saved) or more", version);

        if (personalData) {
            problems.require(!purposes.isEmpty(), "purposes",
                    "must name at least one purpose when the asset holds personal data (UK GDPR Art 30(1)(b))", null);
            problems.require(!lawfulBases.isEmpty(), "lawfulBases",
                    "must name at least one Art 6(1) lawful basis when the asset holds personal data (UK GDPR Art 6(1))",
                    null);
            problems.require(!dataSubjectCategories.isEmpty(), "dataSubjectCategories",
                    "must name at least one category of data subjects when the asset holds personal data "
                            + "(UK GDPR Art 30(1)(c))", null);
        } else {
            refuseWithoutPersonalData(problems, "specialCategories", !specialCategories.isEmpty(), specialCategories);
            refuseWithoutPersonalData(problems, "criminalOffenceData", criminalOffenceData, true);
            refuseWithoutPersonalData(problems, "lawfulBases", !lawfulBases.isEmpty(), lawfulBases);
            refuseWithoutPersonalData(problems, "dataSubjectCategories", !dataSubjectCategories.isEmpty(),
                    dataSubjectCategories);
            refuseWithoutPersonalData(problems, "personalDataCategories", !personalDataCategories.isEmpty(),
                    personalDataCategories);
            refuseWithoutPersonalData(problems, "transfers", !transfers.isEmpty(), transfers.size() + " transfer(s)");
        }
        if (!specialCategories.isEmpty()) {
            problems.require(!specialCategoryConditions.isEmpty(), "specialCategoryConditions",
                    "must name an Art 9(2) condition when the asset holds special category data (UK GDPR Art 9)",
                    null);
        }
        if (criminalOffenceData) {
            problems.require(criminalOffenceCondition != null, "criminalOffenceCondition",
                    "must name the condition (official authority or a DPA 2018 Schedule 1 condition) when the asset "
                            + "holds criminal offence data (UK GDPR Art 10, DPA 2018 s.10(5))", null);
        }
        if (lawfulBases.contains(LawfulBasis.CONSENT)
                || specialCategoryConditions.contains(SpecialCategoryCondition.EXPLICIT_CONSENT)) {
            problems.require(consentMechanism != null, "consentMechanism",
                    "must record how consent is obtained and recorded when consent is a basis (UK GDPR Art 7(1))",
                    null);
        }
        if (personalData && role == ProcessingRole.PROCESSOR) {
            problems.require(!controllers.isEmpty(), "controllers",
                    "must name the controllers a processor acts for (UK GDPR Art 30(2)(a))", null);
        }
        if (personalData && role == ProcessingRole.JOINT_CONTROLLER) {
            problems.require(!controllers.isEmpty(), "controllers",
                    "must name the other joint controllers (UK GDPR Art 26, Art 30(1)(a))", null);
        }
        for (int i = 0; i < transfers.size(); i++) {
            InternationalTransfer transfer = transfers.get(i);
            String at = "transfers[" + i + "]";
            if (transfer == null) {
                continue;
            }
            requireText(transfer.destination(), at + ".destination", problems);
            problems.require(transfer.safeguard() != null, at + ".safeguard",
                    "must name the safeguard for a transfer outside the UK (UK GDPR Art 44 to 49)", null);
        }
        for (int i = 0; i < flows.size(); i++) {
            InformationFlow flow = flows.get(i);
            String at = "flows[" + i + "]";
            if (flow == null) {
                continue;
            }
            requireText(flow.to(), at + ".to", problems);
            problems.require(flow.destination() != null, at + ".destination",
                    "is required: INTERNAL_SYSTEM or EXTERNAL_ORGANISATION", null);
            problems.require(flow.frequency() != null, at + ".frequency", "is required", null);
            requireText(flow.purpose(), at + ".purpose", problems);
            requireText(flow.method(), at + ".method", problems);
        }
        if (dpia != null) {
            requireText(dpia.reference(), "dpia.reference", problems);
            problems.require(dpia.completedOn() != null, "dpia.completedOn", "is required", null);
        }
        problems.throwIfAny();
    }

    /** A builder for an asset with this id and name; everything else starts empty (no personal data, active). */
    public static Builder builder(AssetId id, String name) {
        return new Builder(id, name);
    }

    /** A builder holding every field of this asset, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy with another version (used by stores when they save). */
    public InformationAsset withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /** A copy with another status. */
    public InformationAsset withStatus(AssetStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    /** A copy to be reviewed next on {@code date}. */
    public InformationAsset withReviewDate(LocalDate date) {
        return toBuilder().reviewDate(date).build();
    }

    /** True when it holds special category data. */
    public boolean holdsSpecialCategoryData() {
        return !specialCategories.isEmpty();
    }

    /** True when the asset is in use. */
    public boolean isActive() {
        return status == AssetStatus.ACTIVE;
    }

    /** True when its review date is set and falls on or before {@code date}. */
    public boolean isReviewDueOn(LocalDate date) {
        return reviewDate != null && !reviewDate.isAfter(date);
    }

    /** The retention schedule entry, if linked. */
    public Optional<RetentionReference> findRetention() {
        return Optional.ofNullable(retention);
    }

    /** The DPIA, if any. */
    public Optional<DpiaRecord> findDpia() {
        return Optional.ofNullable(dpia);
    }

    /** The review date, if set. */
    public Optional<LocalDate> findReviewDate() {
        return Optional.ofNullable(reviewDate);
    }

    /** The description, if any. */
    public Optional<String> findDescription() {
        return Optional.ofNullable(description);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void requireText(String text, String path, ValidationException.Collector problems) {
        problems.require(text != null && !text.isBlank(), path, "is required and must not be blank", text);
    }

    private static void refuseWithoutPersonalData(ValidationException.Collector problems, String path,
            boolean present, Object value) {
        problems.require(!present, path, "must be empty when the asset holds no personal data (personalData is "
                + "false)", value);
    }

    private static List<String> texts(List<String> given, String path, ValidationException.Collector problems) {
        if (given == null) {
            return List.of();
        }
        List<String> copy = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            String text = given.get(i);
            if (text == null || text.isBlank()) {
                problems.add(path + "[" + i + "]", "must not be blank", text);
            } else {
                copy.add(text);
            }
        }
        return List.copyOf(copy);
    }

    private static <T> List<T> values(List<T> given, String path, ValidationException.Collector problems) {
        if (given == null) {
            return List.of();
        }
        for (int i = 0; i < given.size(); i++) {
            problems.require(given.get(i) != null, path + "[" + i + "]", "must not be null", null);
        }
        return Collections.unmodifiableList(new ArrayList<>(given));
    }

    private static <E extends Enum<E>> Set<E> enums(Collection<E> given, Class<E> type, String path,
            ValidationException.Collector problems) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (given != null) {
            for (E value : given) {
                if (value == null) {
                    problems.add(path, "must not contain null", null);
                } else {
                    copy.add(value);
                }
            }
        }
        return Collections.unmodifiableSet(copy);
    }

    /** Writes an {@link InformationAsset} field by field. Not thread-safe; {@link #build()} checks it all. */
    public static final class Builder {
        private AssetId id;
        private String name;
        private String description;
        private String businessArea;
        private AssetFormat format = AssetFormat.ELECTRONIC;
        private String systemOrLocation;
        private String assetOwner;
        private String dataOwner;
        private boolean personalData;
        private ProcessingRole role = ProcessingRole.CONTROLLER;
        private List<String> controllers = List.of();
        private List<String> dataSubjectCategories = List.of();
        private List<String> personalDataCategories = List.of();
        private List<String> specialCategories = List.of();
        private Set<SpecialCategoryCondition> specialCategoryConditions = Set.of();
        private boolean criminalOffenceData;
        private String criminalOffenceCondition;
        private List<String> purposes = List.of();
        private Set<LawfulBasis> lawfulBases = Set.of();
        private String consentMechanism;
        private List<String> recipients = List.of();
        private List<String> processors = List.of();
        private List<InternationalTransfer> transfers = List.of();
        private SecurityClassification classification = SecurityClassification.OFFICIAL;
        private String securityMeasures;
        private List<String> accessRoles = List.of();
        private RetentionReference retention;
        private DpiaRecord dpia;
        private LocalDate reviewDate;
        private AssetStatus status = AssetStatus.ACTIVE;
        private List<InformationFlow> flows = List.of();
        private boolean confidential;
        private Set<AssetField> confidentialFields = Set.of();
        private long version;

        private Builder(AssetId id, String name) {
            this.id = id;
            this.name = name;
        }

        private Builder(InformationAsset a) {
            this(a.id, a.name);
            description = a.description;
            businessArea = a.businessArea;
            format = a.format;
            systemOrLocation = a.systemOrLocation;
            assetOwner = a.assetOwner;
            dataOwner = a.dataOwner;
            personalData = a.personalData;
            role = a.role;
            controllers = a.controllers;
            dataSubjectCategories = a.dataSubjectCategories;
            personalDataCategories = a.personalDataCategories;
            specialCategories = a.specialCategories;
            specialCategoryConditions = a.specialCategoryConditions;
            criminalOffenceData = a.criminalOffenceData;
            criminalOffenceCondition = a.criminalOffenceCondition;
            purposes = a.purposes;
            lawfulBases = a.lawfulBases;
            consentMechanism = a.consentMechanism;
            recipients = a.recipients;
            processors = a.processors;
            transfers = a.transfers;
            classification = a.classification;
            securityMeasures = a.securityMeasures;
            accessRoles = a.accessRoles;
            retention = a.retention;
            dpia = a.dpia;
            reviewDate = a.reviewDate;
            status = a.status;
            flows = a.flows;
            confidential = a.confidential;
            confidentialFields = a.confidentialFields;
            version = a.version;
        }

        public Builder id(AssetId value) {
            id = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder businessArea(String value) {
            businessArea = value;
            return this;
        }

        public Builder format(AssetFormat value) {
            format = value;
            return this;
        }

        public Builder systemOrLocation(String value) {
            systemOrLocation = value;
            return this;
        }

        /** The Information Asset Owner. */
        public Builder assetOwner(String value) {
            assetOwner = value;
            return this;
        }

        public Builder dataOwner(String value) {
            dataOwner = value;
            return this;
        }

        public Builder personalData(boolean value) {
            personalData = value;
            return this;
        }

        public Builder role(ProcessingRole value) {
            role = value;
            return this;
        }

        public Builder controllers(String... values) {
            controllers = Arrays.asList(values);
            return this;
        }

        public Builder dataSubjectCategories(String... values) {
            dataSubjectCategories = Arrays.asList(values);
            return this;
        }

        public Builder personalDataCategories(String... values) {
            personalDataCategories = Arrays.asList(values);
            return this;
        }

        public Builder specialCategories(String... values) {
            specialCategories = Arrays.asList(values);
            return this;
        }

        public Builder specialCategoryConditions(SpecialCategoryCondition... values) {
            specialCategoryConditions = setOf(values);
            return this;
        }

        public Builder criminalOffenceData(boolean value) {
            criminalOffenceData = value;
            return this;
        }

        public Builder criminalOffenceCondition(String value) {
            criminalOffenceCondition = value;
            return this;
        }

        public Builder purposes(String... values) {
            purposes = Arrays.asList(values);
            return this;
        }

        public Builder lawfulBases(LawfulBasis... values) {
            lawfulBases = setOf(values);
            return this;
        }

        public Builder consentMechanism(String value) {
            consentMechanism = value;
            return this;
        }

        public Builder recipients(String... values) {
            recipients = Arrays.asList(values);
            return this;
        }

        public Builder processors(String... values) {
            processors = Arrays.asList(values);
            return this;
        }

        public Builder transfers(InternationalTransfer... values) {
            transfers = Arrays.asList(values);
            return this;
        }

        public Builder classification(SecurityClassification value) {
            classification = value;
            return this;
        }

        public Builder securityMeasures(String value) {
            securityMeasures = value;
            return this;
        }

        public Builder accessRoles(String... values) {
            accessRoles = Arrays.asList(values);
            return this;
        }

        public Builder retention(RetentionReference value) {
            retention = value;
            return this;
        }

        public Builder dpia(DpiaRecord value) {
            dpia = value;
            return this;
        }

        public Builder reviewDate(LocalDate value) {
            reviewDate = value;
            return this;
        }

        public Builder status(AssetStatus value) {
            status = value;
            return this;
        }

        public Builder flows(InformationFlow... values) {
            flows = Arrays.asList(values);
            return this;
        }

        public Builder confidential(boolean value) {
            confidential = value;
            return this;
        }

        public Builder confidentialFields(AssetField... values) {
            confidentialFields = setOf(values);
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        /** The asset, checked as a whole. */
        public InformationAsset build() {
            return new InformationAsset(id, name, description, businessArea, format, systemOrLocation, assetOwner,
                    dataOwner, personalData, role, controllers, dataSubjectCategories, personalDataCategories,
                    specialCategories, specialCategoryConditions, criminalOffenceData, criminalOffenceCondition,
                    purposes, lawfulBases, consentMechanism, recipients, processors, transfers, classification,
                    securityMeasures, accessRoles, retention, dpia, reviewDate, status, flows, confidential,
                    confidentialFields, version);
        }

        private static <E extends Enum<E>> Set<E> setOf(E[] values) {
            // a HashSet keeps a null element, so that build() can report it with its field name
            return new HashSet<>(Arrays.asList(values));
        }
    }
}
