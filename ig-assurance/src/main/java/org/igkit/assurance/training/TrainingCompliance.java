package org.igkit.assurance.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.igkit.assurance.Proportion;
import org.igkit.core.explain.Explanation;

/**
 * Training compliance on a day: overall and per team, against the target, with who is overdue and who is due soon.
 *
 * @param asOf        the day
 * @param overall     compliant of in scope
 * @param perTeam     per team, compliant of in scope
 * @param target      the target fraction, e.g. 0.95
 * @param overdue     the people in scope not compliant, in id order
 * @param dueSoon     the compliant people with a completion lapsing, and the new starters whose induction is due,
 *                    within the due-soon window, in id order
 * @param explanation how it was counted
 */
public record TrainingCompliance(LocalDate asOf, Proportion overall, SortedMap<String, Proportion> perTeam,
        BigDecimal target, List<PersonTraining> overdue, List<PersonTraining> dueSoon, Explanation explanation) {
    public TrainingCompliance {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(overall, "overall");
        perTeam = Collections.unmodifiableSortedMap(new TreeMap<>(perTeam));
        Objects.requireNonNull(target, "target");
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
        Objects.requireNonNull(explanation, "explanation");
    }

    /** True when the exact overall fraction is at least the target. */
    public boolean meetsTarget() {
        return overall.meets(target);
    }
}
