package org.igkit.assurance.attestation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.igkit.assurance.Proportion;
import org.igkit.core.explain.Explanation;

/**
 * Who has attested, as of a day: per policy, per team (to every required policy) and over all required policies,
 * and who has not.
 *
 * @param asOf          the day
 * @param period        the period counted, e.g. "AY 2025/26"
 * @param perPolicy     per policy id, the required staff covered for it
 * @param perTeam       per team, the required staff covered for every policy
 * @param allPolicies   the required staff covered for every policy
 * @param notAttested   per policy id, the ids of required staff not covered, in id order
 * @param explanation   how the population and the counts were found
 */
public record AttestationCoverage(LocalDate asOf, String period, SortedMap<String, Proportion> perPolicy,
        SortedMap<String, Proportion> perTeam, Proportion allPolicies, SortedMap<String, List<String>> notAttested,
        Explanation explanation) {
    public AttestationCoverage {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(period, "period");
        perPolicy = sorted(perPolicy);
        perTeam = sorted(perTeam);
        Objects.requireNonNull(allPolicies, "allPolicies");
        TreeMap<String, List<String>> lists = new TreeMap<>();
        notAttested.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        notAttested = java.util.Collections.unmodifiableSortedMap(lists);
        Objects.requireNonNull(explanation, "explanation");
    }

    private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map)));
    }

    /** The coverage of one policy; nobody is counted for a policy with no version in effect. */
    public Proportion forPolicy(String policyId) {
        return perPolicy.getOrDefault(policyId, Proportion.of(0, 0));
    }
}
