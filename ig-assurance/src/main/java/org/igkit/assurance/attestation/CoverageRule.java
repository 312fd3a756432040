package org.igkit.assurance.attestation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.assurance.AssuranceSources;
import org.igkit.assurance.Proportion;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Explanation;

/**
 * Attestation coverage (spec §5). The required population is the staff employed on the day who started more than
 * {@code newStarterDays} (default 30) days before it, optionally without those on long-term absence. A person is
 * covered for a policy when they attested in the period holding the day (on or before it) to the version in effect,
 * or to an earlier version when no later version up to it has {@code reattestRequired}.
 */
public final class CoverageRule {
    private final AttestationPeriod period;
    private final int newStarterDays;
    private final boolean excludeLongTermAbsent;

    private CoverageRule(AttestationPeriod period, int newStarterDays, boolean excludeLongTermAbsent) {
        this.period = Objects.requireNonNull(period, "period");
        if (newStarterDays < 0) {
            throw new ValidationException("newStarterDays", "must be 0 or more", newStarterDays);
        }
        this.newStarterDays = newStarterDays;
        this.excludeLongTermAbsent = excludeLongTermAbsent;
    }

    /** For a school: academic years, 30 days' grace for new starters, absent staff counted. */
    public static CoverageRule forSchools() {
        return new CoverageRule(AttestationPeriod.ACADEMIC_YEAR, 30, false);
    }

    /** For any other body: financial years, 30 days' grace for new starters, absent staff counted. */
    public static CoverageRule withDefaults() {
        return new CoverageRule(AttestationPeriod.FINANCIAL_YEAR, 30, false);
    }

    /** A copy counting {@code newPeriod}. */
    public CoverageRule withPeriod(AttestationPeriod newPeriod) {
        return new CoverageRule(newPeriod, newStarterDays, excludeLongTermAbsent);
    }

    /** A copy giving new starters {@code days} before they count. */
    public CoverageRule withNewStarterDays(int days) {
        return new CoverageRule(period, days, excludeLongTermAbsent);
    }

    /** A copy leaving out (or counting) staff on long-term absence on the day. */
    public CoverageRule excludingLongTermAbsent(boolean exclude) {
        return new CoverageRule(period, newStarterDays, exclude);
    }

    /** The period counted. */
    public AttestationPeriod period() {
        return period;
    }

    /** True when {@code member} must have attested on {@code asOf}. */
    public boolean isRequired(StaffMember member, LocalDate asOf) {
        return member.isEmployedOn(asOf) && member.startedOn().isBefore(asOf.minusDays(newStarterDays))
                && !(excludeLongTermAbsent && member.isAbsentOn(asOf));
    }

    /** True when {@code attestation} covers {@code policy} for the period holding {@code asOf}. */
    public boolean covers(Attestation attestation, Policy policy, LocalDate asOf) {
        return attestation.policyId().equals(policy.id()) && earliestCountingIndex(policy, asOf)
                .map(min -> policy.indexOf(attestation.policyVersion()) >= min
                        && !attestation.attestedOn().isAfter(asOf)
                        && !attestation.attestedOn().isBefore(period.startOf(asOf)))
                .orElse(false);
    }

    /**
     * The coverage of {@code requiredPolicies} among {@code staff} on {@code asOf}, from {@code attestations} (any
     * order; those of other policies or people are ignored).
     */
    public AttestationCoverage coverage(Collection<Policy> requiredPolicies, Collection<StaffMember> staff,
            Collection<Attestation> attestations, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Explanation.Builder why = Explanation.builder();
        List<StaffMember> required = staff.stream().filter(s -> isRequired(s, asOf)).toList();
        why.step("On " + asOf + ", " + required.size() + " of " + staff.size() + " staff must have attested: employed "
                + "that day and started more than " + newStarterDays + " days before"
                + (excludeLongTermAbsent ? ", not on long-term absence" : ""), AssuranceSources.POLICY_REVIEW,
                AssuranceSources.choice("new starters attest within " + newStarterDays + " days"));
        why.step("Attestations count for " + period.label(asOf) + " (" + period.startOf(asOf) + " to "
                + period.endOf(asOf) + ") when made to the version in effect, or to an earlier one no later version "
                + "asks staff to attest again", AssuranceSources.choice("the attestation period is the "
                + period.name().toLowerCase().replace('_', ' ')));
        Map<String, List<Attestation>> byStaff = new HashMap<>();
        for (Attestation a : attestations) {
            byStaff.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a);
        }
        List<Policy> counted = new ArrayList<>();
        for (Policy policy : requiredPolicies) {
            Optional<PolicyVersion> current = policy.currentVersionOn(asOf);
            if (current.isEmpty()) {
                why.step("Policy " + policy.id() + " has no approved version in effect on " + asOf + ": not counted");
            } else {
                counted.add(policy);
            }
        }
        TreeMap<String, Proportion> perPolicy = new TreeMap<>();
        TreeMap<String, List<String>> missing = new TreeMap<>();
        Map<String, int[]> teams = new TreeMap<>();
        int coveredForAll = 0;
        for (Policy policy : counted) {
            missing.put(policy.id(), new ArrayList<>());
        }
        int[] perPolicyCount = new int[counted.size()];
        for (StaffMember member : required.stream().sorted(java.util.Comparator.comparing(StaffMember::id)).toList()) {
            List<Attestation> theirs = byStaff.getOrDefault(member.id(), List.of());
            boolean all = true;
            for (int i = 0; i < counted.size(); i++) {
                Policy policy = counted.get(i);
                boolean covered = theirs.stream().anyMatch(a -> covers(a, policy, asOf));
                if (covered) {
                    perPolicyCount[i]++;
                } else {
                    all = false;
                    missing.get(policy.id()).add(member.id());
                }
            }
            int[] team = teams.computeIfAbsent(member.team(), k -> new int[2]);
            team[1]++;
            if (all) {
                team[0]++;
                coveredForAll++;
            }
        }
        for (int i = 0; i < counted.size(); i++) {
            Proportion p = Proportion.of(perPolicyCount[i], required.size());
            perPolicy.put(counted.get(i).id(), p);
            why.step("Policy " + counted.get(i).id() + " version " + counted.get(i).currentVersionOn(asOf)
                    .map(PolicyVersion::version).orElseThrow() + ": " + p + " covered");
        }
        Proportion all = Proportion.of(coveredForAll, required.size());
        why.step("Covered for all " + counted.size() + " required policies: " + all);
        TreeMap<String, Proportion> perTeam = new TreeMap<>();
        teams.forEach((team, n) -> perTeam.put(team, Proportion.of(n[0], n[1])));
        return new AttestationCoverage(asOf, period.label(asOf), perPolicy, perTeam, all, missing, why.build());
    }

    private Optional<Integer> earliestCountingIndex(Policy policy, LocalDate asOf) {
        Optional<PolicyVersion> current = policy.currentVersionOn(asOf);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        int currentIndex = policy.indexOf(current.get().version());
        int min = 0;
        for (int i = 0; i <= currentIndex; i++) {
            if (policy.versions().get(i).reattestRequired()) {
                min = i;
            }
        }
        return Optional.of(min);
    }
}
