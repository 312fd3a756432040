package org.igkit.breach.facts;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.igkit.core.error.ValidationException;

/**
 * Everything the assessment needs to know about a breach (spec breach.md §8.1). Absent optional values take the
 * conservative default named on each component. The constructor checks the whole input and reports every violation
 * at once; the nested values ({@link EnisaInput}, {@link DsptGrade}, {@link TierOverride}) check themselves when
 * built, and an adapter nests their violations with {@link ValidationException#under(String)}.
 *
 * @param awareness                  when the controller became aware, with its offset (the clock starts here)
 * @param awarenessSource            how it became aware; default {@link AwarenessSource#OWN_DETECTION}
 * @param regimes                    the regimes that apply; at least one
 * @param breachTypes                confidentiality, integrity, availability; at least one
 * @param enisa                      the ENISA component scores
 * @param protection                 how the data was protected; default {@link Protection#NONE}
 * @param specialCategories          special-category (Art 9) or criminal-offence (Art 10) data involved
 * @param identityFraudData          data usable for identity fraud is involved (national ID numbers, passport
 *                                   numbers, date of birth with address)
 * @param individuals                how many people are affected (approximate), or {@code null} if not yet known
 * @param vulnerableSubjects         children, patients, vulnerable adults or people at risk of harm are affected
 * @param exfiltration               whether data left the controller's control; default
 *                                   {@link Exfiltration#POSSIBLE} (it cannot be excluded without evidence)
 * @param backupAvailable            a usable backup of the affected data exists
 * @param restorationHours           hours to restore availability, or {@code null} if not known or not applicable
 * @param effectOnIndividuals        the effect on people so far; default {@link EffectOnIndividuals#NONE}
 * @param mitigations                measures taken since the breach
 * @param significantServiceImpact   the incident significantly affects a trust service (UK eIDAS Art 19(2)) or the
 *                                   continuity of an essential service (NIS reg 11(1))
 * @param disproportionateEffort     contacting each data subject would involve disproportionate effort (Art 34(3)(c))
 * @param commissionerRequiresCommunication the Commissioner has required communication to data subjects (Art 34(4))
 * @param dspt                       the NHS DSPT grade, or {@code null} to derive it (only used under
 *                                   {@link Regime#NHS_DSPT})
 * @param notifiedAt                 when the Commissioner was notified, or {@code null} if not yet
 * @param reasonsForDelay            the reasons for notifying after the deadline (Art 33(1)), or {@code null}
 * @param override                   a person's override of the computed risk tier, or {@code null}
 * @param report                     what the report must say beyond the scored facts; default none known
 * @param knownRecipients            the data went only to this many identified recipients who can be asked to delete
 *                                   it (a confidentiality breach, not to an unknown number: ENISA confidentiality
 *                                   0.5 contradicts it), or {@code null} when that is not known; absent is the
 *                                   conservative default (rule R2E then assumes the data may be anywhere)
 * @param awarenessByRegime          when the clock of a regime started, where it differs from {@code awareness} (the
 *                                   NIS clock runs from awareness of a NIS incident, reg 11(3), which can come before
 *                                   or after awareness of a personal data breach); a regime not listed starts at
 *                                   {@code awareness}; default none
 */
public record BreachFacts(OffsetDateTime awareness, AwarenessSource awarenessSource, Set<Regime> regimes,
        Set<BreachType> breachTypes, EnisaInput enisa, Protection protection, boolean specialCategories,
        boolean identityFraudData, Integer individuals, boolean vulnerableSubjects, Exfiltration exfiltration,
        boolean backupAvailable, Integer restorationHours, EffectOnIndividuals effectOnIndividuals,
        List<Mitigation> mitigations, boolean significantServiceImpact, boolean disproportionateEffort,
        boolean commissionerRequiresCommunication, DsptGrade dspt, OffsetDateTime notifiedAt, String reasonsForDelay,
        TierOverride override, ReportDetails report, KnownRecipients knownRecipients,
        Map<Regime, OffsetDateTime> awarenessByRegime) {

    /**
     * The facts with one awareness instant for every regime, as every caller built them before the regimes' own
     * instants existed; the parameters are the components of the same names.
     */
    public BreachFacts(OffsetDateTime awareness, AwarenessSource awarenessSource, Set<Regime> regimes,
            Set<BreachType> breachTypes, EnisaInput enisa, Protection protection, boolean specialCategories,
            boolean identityFraudData, Integer individuals, boolean vulnerableSubjects, Exfiltration exfiltration,
            boolean backupAvailable, Integer restorationHours, EffectOnIndividuals effectOnIndividuals,
            List<Mitigation> mitigations, boolean significantServiceImpact, boolean disproportionateEffort,
            boolean commissionerRequiresCommunication, DsptGrade dspt, OffsetDateTime notifiedAt, String reasonsForDelay,
            TierOverride override, ReportDetails report, KnownRecipients knownRecipients) {
        this(awareness, awarenessSource, regimes, breachTypes, enisa, protection, specialCategories, identityFraudData,
                individuals, vulnerableSubjects, exfiltration, backupAvailable, restorationHours, effectOnIndividuals,
                mitigations, significantServiceImpact, disproportionateEffort, commissionerRequiresCommunication, dspt,
                notifiedAt, reasonsForDelay, override, report, knownRecipients, null);
    }

    /**
     * The facts without {@code knownRecipients} (absent), as every caller built them before that fact existed; the
     * parameters are the components of the same names.
     */
    public BreachFacts(OffsetDateTime awareness, AwarenessSource awarenessSource, Set<Regime> regimes,
            Set<BreachType> breachTypes, EnisaInput enisa, Protection protection, boolean specialCategories,
            boolean identityFraudData, Integer individuals, boolean vulnerableSubjects, Exfiltration exfiltration,
            boolean backupAvailable, Integer restorationHours, EffectOnIndividuals effectOnIndividuals,
            List<Mitigation> mitigations, boolean significantServiceImpact, boolean disproportionateEffort,
            boolean commissionerRequiresCommunication, DsptGrade dspt, OffsetDateTime notifiedAt, String reasonsForDelay,
            TierOverride override, ReportDetails report) {
        this(awareness, awarenessSource, regimes, breachTypes, enisa, protection, specialCategories, identityFraudData,
                individuals, vulnerableSubjects, exfiltration, backupAvailable, restorationHours, effectOnIndividuals,
                mitigations, significantServiceImpact, disproportionateEffort, commissionerRequiresCommunication, dspt,
                notifiedAt, reasonsForDelay, override, report, (KnownRecipients) null);
    }

    public BreachFacts {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(awareness != null, "awareness", "is required: the date-time with offset when the controller "
                + "became aware (UK GDPR Art 33(1))", null);
        problems.require(regimes != null && !regimes.isEmpty(), "regimes",
                "must name at least one of " + List.of(Regime.values()), regimes);
        problems.require(breachTypes != null && !breachTypes.isEmpty(), "breachTypes",
                "must name at least one of CONFIDENTIALITY, INTEGRITY, AVAILABILITY", breachTypes);
        problems.require(enisa != null, "enisa", "is required (ENISA DPC, EI and CB scores)", null);
        problems.require(individuals == null || individuals >= 0, "individuals", "must not be negative", individuals);
        problems.require(restorationHours == null || restorationHours >= 0, "restorationHours", "must not be negative",
                restorationHours);
        if (awareness != null && notifiedAt != null) {
            problems.require(!notifiedAt.toInstant().isBefore(awareness.toInstant()), "notifiedAt",
                    "must not be before awareness (" + awareness + ")", notifiedAt);
        }
        if (enisa != null && breachTypes != null) {
            requireTypeFor(problems, breachTypes, BreachType.CONFIDENTIALITY, enisa.confidentiality(), "confidentiality");
            requireTypeFor(problems, breachTypes, BreachType.INTEGRITY, enisa.integrity(), "integrity");
            requireTypeFor(problems, breachTypes, BreachType.AVAILABILITY, enisa.availability(), "availability");
        }
        if (knownRecipients != null && breachTypes != null) {
            problems.require(breachTypes.contains(BreachType.CONFIDENTIALITY), "knownRecipients",
                    "is a fact about a disclosure, but breachTypes does not include CONFIDENTIALITY",
                    knownRecipients.count());
        }
        if (knownRecipients != null && enisa != null && enisa.confidentiality() != null) {
            problems.require(!enisa.confidentiality().equals(EnisaInput.MAX_ELEMENT), "knownRecipients",
                    "contradicts enisa.confidentiality 0.5 (disclosed to an unknown number of recipients, ENISA Annex "
                            + "3); score it 0.25 (a number of known recipients) or leave knownRecipients out",
                    knownRecipients.count());
        }
        if (awarenessByRegime != null) {
            for (Map.Entry<Regime, OffsetDateTime> own : awarenessByRegime.entrySet()) {
                String path = "awarenessByRegime." + own.getKey();
                problems.require(own.getValue() != null, path, "must be a date-time with offset", null);
                problems.require(regimes == null || regimes.contains(own.getKey()), path,
                        "is for a regime not among regimes " + regimes, own.getValue());
            }
        }
        problems.throwIfAny();
        awarenessByRegime = awarenessByRegime == null || awarenessByRegime.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(awarenessByRegime));
        awarenessSource = awarenessSource == null ? AwarenessSource.OWN_DETECTION : awarenessSource;
        regimes = Set.copyOf(EnumSet.copyOf(regimes));
        breachTypes = Set.copyOf(EnumSet.copyOf(breachTypes));
        protection = protection == null ? Protection.NONE : protection;
        exfiltration = exfiltration == null ? Exfiltration.POSSIBLE : exfiltration;
        effectOnIndividuals = effectOnIndividuals == null ? EffectOnIndividuals.NONE : effectOnIndividuals;
        mitigations = mitigations == null ? List.of() : List.copyOf(mitigations);
        reasonsForDelay = reasonsForDelay == null || reasonsForDelay.isBlank() ? null : reasonsForDelay.strip();
        report = report == null ? ReportDetails.none() : report;
    }

    /** A builder for facts that became known at {@code awareness}. */
    public static Builder builder(OffsetDateTime awareness) {
        return new Builder(awareness);
    }

    /** A builder holding these facts, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** True when the breach is of type {@code type}. */
    public boolean is(BreachType type) {
        return breachTypes.contains(type);
    }

    /** True when the breach is of {@code type} and no other. */
    public boolean isOnly(BreachType type) {
        return breachTypes.size() == 1 && breachTypes.contains(type);
    }

    /** When the clock of {@code regime} started: its own awareness instant if given, else {@link #awareness()}. */
    public OffsetDateTime awarenessFor(Regime regime) {
        return awarenessByRegime.getOrDefault(regime, awareness);
    }

    /** True when {@code regime} has an awareness instant of its own, different from {@link #awareness()}. */
    public boolean hasOwnAwareness(Regime regime) {
        OffsetDateTime own = awarenessByRegime.get(regime);
        return own != null && !own.toInstant().equals(awareness.toInstant());
    }

    /** True when {@code regime} applies. */
    public boolean isUnder(Regime regime) {
        return regimes.contains(regime);
    }

    /** The identified recipients the data went to, when that is known. */
    public Optional<KnownRecipients> findKnownRecipients() {
        return Optional.ofNullable(knownRecipients);
    }

    /** True when at least one measure verifiably removed the risk. */
    public boolean hasVerifiedMitigation() {
        return mitigations.stream().anyMatch(Mitigation::verified);
    }

    private static void requireTypeFor(ValidationException.Collector problems, Set<BreachType> types, BreachType type,
            Quarters score, String field) {
        if (score != null && score.quarters() > 0 && !types.contains(type)) {
            problems.add("enisa." + field, "is scored " + score + " but breachTypes does not include " + type, score);
        }
    }

    /** Builds {@link BreachFacts} one fact at a time; defaults as on the record. Not thread-safe. */
    public static final class Builder {
        private OffsetDateTime awareness;
        private AwarenessSource awarenessSource;
        private Set<Regime> regimes = EnumSet.noneOf(Regime.class);
        private Set<BreachType> breachTypes = EnumSet.noneOf(BreachType.class);
        private EnisaInput enisa;
        private Protection protection;
        private boolean specialCategories;
        private boolean identityFraudData;
        private Integer individuals;
        private boolean vulnerableSubjects;
        private Exfiltration exfiltration;
        private boolean backupAvailable;
        private Integer restorationHours;
        private EffectOnIndividuals effectOnIndividuals;
        private List<Mitigation> mitigations = new ArrayList<>();
        private boolean significantServiceImpact;
        private boolean disproportionateEffort;
        private boolean commissionerRequiresCommunication;
        private DsptGrade dspt;
        private OffsetDateTime notifiedAt;
        private String reasonsForDelay;
        private TierOverride override;
        private ReportDetails report;
        private KnownRecipients knownRecipients;
        private Map<Regime, OffsetDateTime> awarenessByRegime = new EnumMap<>(Regime.class);

        private Builder(OffsetDateTime awareness) {
            this.awareness = awareness;
        }

        private Builder(BreachFacts f) {
            awareness = f.awareness;
            awarenessSource = f.awarenessSource;
            regimes = EnumSet.copyOf(f.regimes);
            breachTypes = EnumSet.copyOf(f.breachTypes);
            enisa = f.enisa;
            protection = f.protection;
            specialCategories = f.specialCategories;
            identityFraudData = f.identityFraudData;
            individuals = f.individuals;
            vulnerableSubjects = f.vulnerableSubjects;
            exfiltration = f.exfiltration;
            backupAvailable = f.backupAvailable;
            restorationHours = f.restorationHours;
            effectOnIndividuals = f.effectOnIndividuals;
            mitigations = new ArrayList<>(f.mitigations);
            significantServiceImpact = f.significantServiceImpact;
            disproportionateEffort = f.disproportionateEffort;
            commissionerRequiresCommunication = f.commissionerRequiresCommunication;
            dspt = f.dspt;
            notifiedAt = f.notifiedAt;
            reasonsForDelay = f.reasonsForDelay;
            override = f.override;
            report = f.report;
            knownRecipients = f.knownRecipients;
            awarenessByRegime.putAll(f.awarenessByRegime);
        }

        public Builder awareness(OffsetDateTime value) {
            awareness = value;
            return this;
        }

        public Builder awarenessSource(AwarenessSource value) {
            awarenessSource = value;
            return this;
        }

        /** Replaces the regimes. */
        public Builder regimes(Regime... values) {
            regimes = values.length == 0 ? EnumSet.noneOf(Regime.class) : EnumSet.copyOf(List.of(values));
            return this;
        }

        /** Replaces the breach types. */
        public Builder breachTypes(BreachType... values) {
            breachTypes = values.length == 0 ? EnumSet.noneOf(BreachType.class) : EnumSet.copyOf(List.of(values));
            return this;
        }

        public Builder enisa(EnisaInput value) {
            enisa = value;
            return this;
        }

        public Builder protection(Protection value) {
            protection = value;
            return this;
        }

        public Builder specialCategories(boolean value) {
            specialCategories = value;
            return this;
        }

        public Builder identityFraudData(boolean value) {
            identityFraudData = value;
            return this;
        }

        public Builder individuals(Integer value) {
            individuals = value;
            return this;
        }

        public Builder vulnerableSubjects(boolean value) {
            vulnerableSubjects = value;
            return this;
        }

        public Builder exfiltration(Exfiltration value) {
            exfiltration = value;
            return this;
        }

        public Builder backupAvailable(boolean value) {
            backupAvailable = value;
            return this;
        }

        public Builder restorationHours(Integer value) {
            restorationHours = value;
            return this;
        }

        public Builder effectOnIndividuals(EffectOnIndividuals value) {
            effectOnIndividuals = value;
            return this;
        }

        /** Adds a mitigation. */
        public Builder mitigation(Mitigation value) {
            mitigations.add(value);
            return this;
        }

        public Builder significantServiceImpact(boolean value) {
            significantServiceImpact = value;
            return this;
        }

        public Builder disproportionateEffort(boolean value) {
            disproportionateEffort = value;
            return this;
        }

        public Builder commissionerRequiresCommunication(boolean value) {
            commissionerRequiresCommunication = value;
            return this;
        }

        public Builder dspt(DsptGrade value) {
            dspt = value;
            return this;
        }

        public Builder notifiedAt(OffsetDateTime value) {
            notifiedAt = value;
            return this;
        }

        public Builder reasonsForDelay(String value) {
            reasonsForDelay = value;
            return this;
        }

        public Builder override(TierOverride value) {
            override = value;
            return this;
        }

        public Builder report(ReportDetails value) {
            report = value;
            return this;
        }

        /** The data went only to these identified recipients, who can be asked to delete it; {@code null} clears it. */
        public Builder knownRecipients(KnownRecipients value) {
            knownRecipients = value;
            return this;
        }

        /** The data went only to {@code count} identified recipients, who can be asked to delete it. */
        public Builder knownRecipients(int count) {
            return knownRecipients(KnownRecipients.of(count));
        }

        /** The clock of {@code regime} started at {@code value} rather than at the common awareness. */
        public Builder awarenessFor(Regime regime, OffsetDateTime value) {
            awarenessByRegime.put(regime, value);
            return this;
        }

        /** The facts; throws a {@link ValidationException} listing every violation. */
        public BreachFacts build() {
            return new BreachFacts(awareness, awarenessSource, regimes, breachTypes, enisa, protection,
                    specialCategories, identityFraudData, individuals, vulnerableSubjects, exfiltration, backupAvailable,
                    restorationHours, effectOnIndividuals, mitigations, significantServiceImpact, disproportionateEffort,
                    commissionerRequiresCommunication, dspt, notifiedAt, reasonsForDelay, override, report,
                    knownRecipients, awarenessByRegime);
        }
    }
}
