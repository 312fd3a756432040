package org.igkit.breach.severity;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * The NHS DSPT breach assessment grid (likelihood x severity, 5 x 5) as data: which cells are reportable and which
 * are escalated to DHSC / NHS England. The default table follows the spec's reading of the NHS guide (every cell with
 * likelihood and severity both at least 2 is reportable; no escalation cell, because the red corner was not
 * verified); a body that has the current guide supplies its own cells with {@link #of}. Immutable and thread-safe.
 */
public final class DsptGrid {
    static final String GUIDE = "NHS England, Guide to the Notification of Data Security and Protection Incidents";

    private final Set<DsptGrade> reportable;
    private final Set<DsptGrade> escalated;
    private final Citation source;

    private DsptGrid(Set<DsptGrade> reportable, Set<DsptGrade> escalated, Citation source) {
        this.reportable = Set.copyOf(reportable);
        this.escalated = Set.copyOf(escalated);
        this.source = source;
    }

    /**
     * The default grid: reportable when likelihood &ge; 2 and severity &ge; 2; nothing escalated. The source is
     * recollection of the 2018 guide, not verified (spec breach.md §6.2).
     */
    public static DsptGrid standard() {
        Set<DsptGrade> reportable = new HashSet<>();
        for (int likelihood = 2; likelihood <= 5; likelihood++) {
            for (int severity = 2; severity <= 5; severity++) {
                reportable.add(DsptGrade.of(likelihood, severity));
            }
        }
        return new DsptGrid(reportable, Set.of(), Citation.of(GUIDE, "breach assessment grid")
                .withNote("default reading: reportable when likelihood >= 2 and severity >= 2; unverified against "
                        + "the current guide, see docs/breach.md"));
    }

    /**
     * A grid with its own cells.
     *
     * @param reportable the reportable cells
     * @param escalated  the cells also notified to DHSC / NHS England (a subset of the reportable ones)
     * @param source     where the table comes from
     */
    public static DsptGrid of(Set<DsptGrade> reportable, Set<DsptGrade> escalated, Citation source) {
        Objects.requireNonNull(reportable, "reportable");
        Objects.requireNonNull(escalated, "escalated");
        Objects.requireNonNull(source, "source");
        if (!reportable.containsAll(escalated)) {
            throw new ValidationException("escalated", "must be reportable cells too", escalated);
        }
        return new DsptGrid(reportable, escalated, source);
    }

    /** True when the cell is reportable. */
    public boolean isReportable(DsptGrade grade) {
        return reportable.contains(grade);
    }

    /** True when the cell is escalated to DHSC / NHS England. */
    public boolean isEscalated(DsptGrade grade) {
        return escalated.contains(grade);
    }

    /** Where the table comes from. */
    public Citation source() {
        return source;
    }

    /**
     * Grades a breach: the grade given in the facts, or one derived from them and the ENISA band (our suggestion,
     * spec §8.2 step 8, not NHS text).
     */
    public DsptGrading grade(BreachFacts facts, EnisaBand band) {
        Explanation.Builder why = Explanation.builder();
        DsptGrade grade;
        boolean derived = facts.dspt() == null;
        if (derived) {
            int likelihood = deriveLikelihood(facts, why);
            int severity = deriveSeverity(facts, band, why);
            grade = DsptGrade.of(likelihood, severity);
        } else {
            grade = facts.dspt();
            why.step("DSPT grade given: likelihood " + grade.likelihood() + ", severity " + grade.severity(), source);
        }
        boolean isReportable = isReportable(grade);
        boolean isEscalated = isEscalated(grade);
        why.step("DSPT cell " + grade.likelihood() + " x " + grade.severity() + " is "
                + (isReportable ? "reportable through the DSPT incident tool (forwarded to the Commissioner)"
                        : "not reportable")
                + (isEscalated ? " and escalated to DHSC / NHS England" : ""), source);
        return new DsptGrading(grade, derived, isReportable, isEscalated, why.build());
    }

    private static int deriveLikelihood(BreachFacts facts, Explanation.Builder why) {
        Citation derivation = Citation.of("igkit breach model", "spec breach.md §8.2 step 8 (DSPT likelihood)")
                .withNote("our suggested derivation, not NHS text");
        int likelihood;
        String reason;
        if (facts.effectOnIndividuals() != EffectOnIndividuals.NONE) {
            likelihood = 5;
            reason = "an adverse effect has occurred";
        } else if (facts.exfiltration() == Exfiltration.CONFIRMED || facts.enisa().malicious()) {
            likelihood = 4;
            reason = "exfiltration is confirmed or the breach was malicious";
        } else if (facts.exfiltration() == Exfiltration.POSSIBLE && facts.is(BreachType.CONFIDENTIALITY)
                && !facts.protection().isUnintelligible()) {
            likelihood = 3;
            reason = "exfiltration of intelligible data cannot be excluded";
        } else if (facts.vulnerableSubjects()) {
            likelihood = 2;
            reason = "vulnerable people are affected, even with no adverse effect";
        } else if (facts.protection().isUnintelligible() || facts.exfiltration() == Exfiltration.EXCLUDED_BY_EVIDENCE) {
            likelihood = 1;
            reason = "there is evidence that no adverse effect is possible (unintelligible data or forensic evidence)";
        } else {
            likelihood = 2;
            reason = "there is no evidence that proves no adverse effect";
        }
        why.step("DSPT likelihood derived as " + likelihood + ": " + reason, derivation);
        return likelihood;
    }

    private static int deriveSeverity(BreachFacts facts, EnisaBand band, Explanation.Builder why) {
        Citation derivation = Citation.of("igkit breach model", "spec breach.md §8.2 step 8 (DSPT severity)")
                .withNote("our suggested derivation, not NHS text");
        int severity;
        String reason;
        if (facts.protection().isUnintelligible() && !facts.vulnerableSubjects()
                && facts.effectOnIndividuals() == EffectOnIndividuals.NONE) {
            severity = 1;
            reason = "the data is unintelligible, so no adverse effect can arise";
        } else {
            severity = band.ordinal() + 2;
            reason = "ENISA band " + band + " maps to severity " + severity + " (LOW 2, MEDIUM 3, HIGH 4, VERY_HIGH 5)";
        }
        why.step("DSPT severity derived as " + severity + ": " + reason, derivation);
        return severity;
    }
}
