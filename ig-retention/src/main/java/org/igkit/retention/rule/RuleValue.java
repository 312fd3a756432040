package org.igkit.retention.rule;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What a rule evaluates to for one record: a date, never (permanent), or unknown for want of some facts. */
public sealed interface RuleValue permits RuleValue.Dated, RuleValue.Never, RuleValue.Unknown {

    /** The first day the action may be taken. */
    record Dated(LocalDate date) implements RuleValue {
        public Dated {
            Objects.requireNonNull(date, "date");
        }
    }

    /** Never due: retained permanently. */
    enum Never implements RuleValue {
        /** The one value. */
        INSTANCE
    }

    /**
     * Not yet known (PENDING).
     *
     * @param missingFacts every absent fact whose value could change the outcome, in name order
     */
    record Unknown(Set<String> missingFacts) implements RuleValue {
        public Unknown {
            missingFacts = missingFacts.size() <= 1 ? Set.copyOf(missingFacts)
                    : Collections.unmodifiableSortedSet(new TreeSet<>(missingFacts));
        }
    }
}
