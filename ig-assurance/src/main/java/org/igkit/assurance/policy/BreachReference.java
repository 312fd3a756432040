package org.igkit.assurance.policy;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.igkit.core.IdRule;
import org.igkit.core.error.ValidationException;

/**
 * A breach as the policy register sees it: its id in the breach log, the date it was recorded and the policies it
 * was recorded against. A reference only: the assurance module does not depend on the breach log.
 *
 * @param breachId  the breach's id
 * @param date      when it was recorded against the policies
 * @param policyIds the policies it concerns
 */
public record BreachReference(String breachId, LocalDate date, Set<String> policyIds) {
    public BreachReference {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "breachId", breachId);
        problems.require(date != null, "date", "is required", null);
        problems.require(policyIds != null && !policyIds.isEmpty(), "policyIds", "must name at least one policy", null);
        if (policyIds != null) {
            policyIds.forEach(id -> IdRule.check(problems, "policyIds", id));
        }
        problems.throwIfAny();
        policyIds = Set.copyOf(new TreeSet<>(policyIds));
    }

    /** A breach recorded on {@code date} against {@code policyIds}. */
    public static BreachReference of(String breachId, LocalDate date, String... policyIds) {
        return new BreachReference(breachId, date, Set.of(policyIds));
    }
}
