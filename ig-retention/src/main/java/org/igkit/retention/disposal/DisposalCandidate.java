package org.igkit.retention.disposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.igkit.core.explain.Citation;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;

/**
 * One record a sweep found eligible, with the rule and citations that made it so.
 *
 * @param recordId  the record
 * @param entry     its schedule entry
 * @param ruleText  the rule applied, in shorthand
 * @param citations the entry's citations
 * @param action    the action to take
 * @param dueDate   the date it became due
 */
public record DisposalCandidate(String recordId, EntryRef entry, String ruleText, List<Citation> citations,
                                DisposalAction action, LocalDate dueDate) {
    public DisposalCandidate {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(ruleText, "ruleText");
        citations = List.copyOf(citations);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** The line this candidate contributes to a certificate's digest. */
    String digestLine() {
        return recordId + "\t" + entry + "\t" + action + "\t" + dueDate + "\t" + ruleText + "\n";
    }
}
