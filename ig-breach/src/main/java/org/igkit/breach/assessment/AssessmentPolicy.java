package org.igkit.breach.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

import org.igkit.breach.facts.Regime;
import org.igkit.breach.severity.DsptGrid;
import org.igkit.breach.severity.EnisaMethod;
import org.igkit.core.error.ValidationException;

/**
 * Everything about the assessment that is a choice rather than law, with the defaults of docs/breach.md. Immutable;
 * the {@code with...} methods return changed copies.
 *
 * @param regulatorName             the name of the regulator in answers and reports (default "Information
 *                                  Commissioner's Office"; the Data (Use and Access) Act 2025 s.117-119 will make it
 *                                  the "Information Commission")
 * @param nisAuthorityName          the NIS competent authority's name (default "NIS competent authority")
 * @param displayZone               the zone deadlines are shown in (default Europe/London)
 * @param hours                     the time limit of each regime in hours (UK_GDPR, DPA_PART3, NIS, NHS_DSPT 72;
 *                                  PECR 72 from the changeover; UK_EIDAS 24)
 * @param pecrChangeover            the first instant of the 72-hour PECR rule (default 2025-08-20T00:00 Europe/London,
 *                                  DUAA 2025 s.111 commenced by SI 2025/904); awareness before it gets
 *                                  {@code pecrHoursBeforeChangeover}
 * @param pecrHoursBeforeChangeover the PECR limit before the changeover (default 24)
 * @param quickRestorationHours     the longest restoration from backup that rule R1 treats as trivial (default 24)
 * @param identityExfiltrationRule  whether rule R2E applies (default true)
 * @param effectTriggersRisk        whether an effect on individuals lifts a LOW ENISA band to RISK in rule R3
 *                                  (default true; EDPB 01/2021 Case 02)
 * @param mitigationLowersTier      whether rule R4 applies (default true)
 * @param nhsStricterWins           whether, under NHS_DSPT, a reportable DSPT cell makes the Commissioner decision
 *                                  "notify" whatever the tier (default true)
 * @param enisaMethod               the ENISA method (its band thresholds)
 * @param dsptGrid                  the NHS DSPT grid
 * @param fewRecipientsContain      whether rule R2E stands aside when the data went only to a few identified
 *                                  recipients who can be asked to delete it ({@code BreachFacts.knownRecipients} at
 *                                  most {@code fewRecipients}, no malicious intent): default true, so that EDPB 01/2021
 *                                  Case 16 (one letter to one other customer) is RISK, notify the SA and not the
 *                                  person; false is the reading in which any possible exfiltration of identity data is
 *                                  HIGH_RISK however contained (docs/breach.md, "R2E and known recipients")
 * @param fewRecipients             the most identified recipients that still count as "a few" for that (default
 *                                  {@value #FEW_RECIPIENTS}); 1 or more
 */
public record AssessmentPolicy(String regulatorName, String nisAuthorityName, ZoneId displayZone,
        Map<Regime, Integer> hours, Instant pecrChangeover, int pecrHoursBeforeChangeover, int quickRestorationHours,
        boolean identityExfiltrationRule, boolean effectTriggersRisk, boolean mitigationLowersTier,
        boolean nhsStricterWins, EnisaMethod enisaMethod, DsptGrid dsptGrid, boolean fewRecipientsContain,
        int fewRecipients) {

    /** Europe/London, where UK deadlines are shown. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** 20 August 2025 00:00 in London (BST), when PECR moved from 24 to 72 hours. */
    public static final Instant PECR_72_HOURS_FROM = Instant.parse("2025-08-19T23:00:00Z");
    /**
     * The default most identified recipients that count as "a few" for rule R2E (our choice): the EDPB's contained
     * mis-deliveries have one recipient (Cases 09, 13, 16) and its mass mis-sending 60,000 (Case 14); ten covers a
     * wrong envelope, a wrong email or a short wrong distribution list and stays far below a mailing.
     */
    public static final int FEW_RECIPIENTS = 10;

    public AssessmentPolicy {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(regulatorName != null && !regulatorName.isBlank(), "regulatorName", "must not be blank",
                regulatorName);
        problems.require(nisAuthorityName != null && !nisAuthorityName.isBlank(), "nisAuthorityName",
                "must not be blank", nisAuthorityName);
        problems.require(displayZone != null, "displayZone", "is required", null);
        problems.require(hours != null && hours.keySet().containsAll(EnumSet.allOf(Regime.class)), "hours",
                "must give a limit for every regime", hours);
        if (hours != null) {
            hours.forEach((regime, h) -> problems.require(h != null && h > 0, "hours." + regime, "must be positive", h));
        }
        problems.require(pecrChangeover != null, "pecrChangeover", "is required", null);
        problems.require(pecrHoursBeforeChangeover > 0, "pecrHoursBeforeChangeover", "must be positive",
                pecrHoursBeforeChangeover);
        problems.require(quickRestorationHours >= 0, "quickRestorationHours", "must not be negative",
                quickRestorationHours);
        problems.require(enisaMethod != null, "enisaMethod", "is required", null);
        problems.require(dsptGrid != null, "dsptGrid", "is required", null);
        problems.require(fewRecipients >= 1, "fewRecipients", "must be 1 or more", fewRecipients);
        problems.throwIfAny();
        hours = Map.copyOf(hours);
        regulatorName = regulatorName.strip();
        nisAuthorityName = nisAuthorityName.strip();
    }

    /** The defaults documented in docs/breach.md. */
    public static AssessmentPolicy defaults() {
        Map<Regime, Integer> hours = new EnumMap<>(Regime.class);
        hours.put(Regime.UK_GDPR, 72);
        hours.put(Regime.DPA_PART3, 72);
        hours.put(Regime.PECR, 72);
        hours.put(Regime.UK_EIDAS, 24);
        hours.put(Regime.NIS, 72);
        hours.put(Regime.NHS_DSPT, 72);
        return new AssessmentPolicy("Information Commissioner's Office", "NIS competent authority", LONDON, hours,
                PECR_72_HOURS_FROM, 24, 24, true, true, true, true, EnisaMethod.standard(), DsptGrid.standard(), true,
                FEW_RECIPIENTS);
    }

    /** The time limit of {@code regime} for a breach the controller became aware of at {@code awareness}. */
    public int hoursFor(Regime regime, Instant awareness) {
        if (regime == Regime.PECR && awareness.isBefore(pecrChangeover)) {
            return pecrHoursBeforeChangeover;
        }
        return hours.get(regime);
    }

    /** A copy with another regulator name (e.g. "Information Commission"). */
    public AssessmentPolicy withRegulatorName(String name) {
        return new AssessmentPolicy(name, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk,
                mitigationLowersTier, nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with another NIS competent authority name. */
    public AssessmentPolicy withNisAuthorityName(String name) {
        return new AssessmentPolicy(regulatorName, name, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk,
                mitigationLowersTier, nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with another limit for {@code regime} (e.g. a 24-hour NIS early warning once the NIS reform is law). */
    public AssessmentPolicy withHours(Regime regime, int limit) {
        Map<Regime, Integer> changed = new EnumMap<>(hours);
        changed.put(Objects.requireNonNull(regime, "regime"), limit);
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, changed, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk,
                mitigationLowersTier, nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with another threshold for rule R1. */
    public AssessmentPolicy withQuickRestorationHours(int limit) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, limit, identityExfiltrationRule, effectTriggersRisk, mitigationLowersTier,
                nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with rule R2E on or off. */
    public AssessmentPolicy withIdentityExfiltrationRule(boolean on) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, on, effectTriggersRisk, mitigationLowersTier,
                nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with the R3 effect trigger on or off. */
    public AssessmentPolicy withEffectTriggersRisk(boolean on) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, on, mitigationLowersTier,
                nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with rule R4 on or off. */
    public AssessmentPolicy withMitigationLowersTier(boolean on) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk, on,
                nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy where the DSPT grid does or does not force notification under NHS_DSPT. */
    public AssessmentPolicy withNhsStricterWins(boolean on) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk,
                mitigationLowersTier, on, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with another ENISA method (band thresholds). */
    public AssessmentPolicy withEnisaMethod(EnisaMethod method) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk,
                mitigationLowersTier, nhsStricterWins, method, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with another DSPT grid. */
    public AssessmentPolicy withDsptGrid(DsptGrid grid) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk,
                mitigationLowersTier, nhsStricterWins, enisaMethod, grid, fewRecipientsContain, fewRecipients);
    }

    /** A copy with another PECR changeover instant and earlier limit. */
    public AssessmentPolicy withPecrChangeover(Instant changeover, int hoursBefore) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, changeover, hoursBefore,
                quickRestorationHours, identityExfiltrationRule, effectTriggersRisk, mitigationLowersTier,
                nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, fewRecipients);
    }

    /** A copy where rule R2E does or does not stand aside for a few identified, contained recipients. */
    public AssessmentPolicy withFewRecipientsContain(boolean on) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk,
                mitigationLowersTier, nhsStricterWins, enisaMethod, dsptGrid, on, fewRecipients);
    }

    /** A copy with another limit of "a few" identified recipients for rule R2E. */
    public AssessmentPolicy withFewRecipients(int limit) {
        return new AssessmentPolicy(regulatorName, nisAuthorityName, displayZone, hours, pecrChangeover,
                pecrHoursBeforeChangeover, quickRestorationHours, identityExfiltrationRule, effectTriggersRisk,
                mitigationLowersTier, nhsStricterWins, enisaMethod, dsptGrid, fewRecipientsContain, limit);
    }
}
