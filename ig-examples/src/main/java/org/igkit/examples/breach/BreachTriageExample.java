package org.igkit.examples.breach;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.igkit.breach.assessment.BreachAssessment;
import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.assessment.ChecklistItem;
import org.igkit.breach.assessment.NotificationDeadline;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Regime;
import org.igkit.core.explain.Explanation;

/**
 * Example 4: a DPO triaging a personal data breach.
 *
 * <p>A council's adult social care team emailed a spreadsheet about 340 service users, with health notes, to the
 * wrong external address; the team noticed at 15:00 on Friday 27 March 2026 (London, GMT). The facts go in; out come
 * the ENISA severity, the risk tier and the rules that set it, whether the ICO and the people affected must be told,
 * the notification deadline in London time (72 hours that cross the clocks going forward on Sunday 29 March, so 73
 * hours on the wall clock), the Art 33(3) checklist and the cited reasoning.
 *
 * <p>The clock is fixed at 17:30 on 27 March 2026 so the output is the same on every run. Run it from the repository
 * root with {@code ./mvnw -q -pl ig-examples -am package -DskipTests -Dexample=breach}.
 */
public final class BreachTriageExample {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz", Locale.UK);
    /** When the example pretends to run. */
    public static final ZonedDateTime RUN_AT = ZonedDateTime.of(2026, 3, 27, 17, 30, 0, 0, LONDON);
    /** When the controller became aware of the breach. */
    public static final OffsetDateTime AWARE = OffsetDateTime.parse("2026-03-27T15:00:00Z");

    private BreachTriageExample() {
    }

    /** Runs the example on {@link #RUN_AT}, printing to standard output. */
    public static void main(String[] args) {
        run(System.out, Clock.fixed(RUN_AT.toInstant(), RUN_AT.getZone()));
    }

    /** Runs the example with the given clock, printing to {@code out}. */
    public static void run(PrintStream out, Clock clock) {
        BreachFacts facts = BreachFacts.builder(AWARE)
                .regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(EnisaInput.parse(null,
                        List.of(CategoryScore.basic(DataCategory.SENSITIVE)),
                        new BigDecimal("0.75"), new BigDecimal("0.5"), BigDecimal.ZERO, BigDecimal.ZERO, false))
                .protection(Protection.NONE)
                .specialCategories(true)
                .individuals(340)
                .vulnerableSubjects(true)
                .exfiltration(Exfiltration.CONFIRMED)
                .effectOnIndividuals(EffectOnIndividuals.NONE)
                .build();

        BreachAssessment a = BreachAssessor.withDefaults(clock).assess(facts);

        out.println("Breach: social care spreadsheet (340 people, health notes) emailed to the wrong external address");
        out.println("Aware: " + SPOKEN.format(AWARE.atZoneSameInstant(LONDON)) + "; assessed " + a.assessedAt());
        out.println();
        out.println("ENISA severity: DPC " + a.enisa().dpc() + " x EI " + a.enisa().ei() + " + CB " + a.enisa().cb()
                + " = " + a.enisa().score() + " (" + a.enisa().band() + ")");
        out.println("Risk tier: " + a.riskTier() + " (rules: " + a.rules() + ")");
        out.println("Notify the ICO: " + (a.notifyCommissioner().required() ? "YES" : "no")
                + ", under " + a.notifyCommissioner().regime() + ", by " + a.notifyCommissioner().deadline());
        out.println("Tell the people affected: " + a.communicateDataSubjects());
        for (NotificationDeadline d : a.deadlines()) {
            // the clocks go forward on 29 March: 72 elapsed hours show as 73 on a London wall clock
            long wallClockHours = Duration.between(AWARE.atZoneSameInstant(LONDON).toLocalDateTime(),
                    d.deadline().atZoneSameInstant(LONDON).toLocalDateTime()).toHours();
            out.println("Deadline " + d.regime() + ": " + d.hours() + " hours from awareness = " + d.deadline()
                    + ", " + SPOKEN.format(d.deadline().atZoneSameInstant(LONDON)) + " (" + wallClockHours
                    + " hours on the wall clock)");
        }
        out.println();
        out.println("Art 33(3) checklist for the report:");
        for (ChecklistItem item : a.checklist()) {
            out.println("  [" + (item.provided() ? "x" : " ") + "] " + item.item() + " (" + item.provision() + ")");
        }
        out.println();
        out.println("Reasoning:");
        int n = 1;
        for (Explanation.Step step : a.explanation().steps()) {
            out.println("  " + n++ + ". " + step);
        }
    }
}
