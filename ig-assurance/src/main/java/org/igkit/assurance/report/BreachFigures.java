package org.igkit.assurance.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.log.BreachRecord;

/**
 * Breaches for the board: those the organisation became aware of in the period, by the tier of their latest
 * assessment, how many had to be reported to the ICO (UK GDPR Art 33), how many were, how many late, and how many
 * that had to be are not yet. The ICO asks for breach KPIs reported to senior management [ICO Accountability
 * Framework, performance and compliance information].
 *
 * @param logged                breaches with awareness in the period
 * @param byTier                the same by risk tier (every tier present)
 * @param reportable            those the latest assessment says must be reported to the ICO
 * @param reportedToIco         those reported to the ICO
 * @param reportedLate          those reported after the 72-hour deadline
 * @param reportableNotReported those that must be reported and are not (yet)
 */
public record BreachFigures(Counted logged, Map<RiskTier, Counted> byTier, Counted reportable, Counted reportedToIco,
                            Counted reportedLate, Counted reportableNotReported) {
    public BreachFigures {
        byTier = Map.copyOf(byTier);
    }

    /** The figures of {@code inPeriod}, the breaches whose awareness lies in the period. */
    public static BreachFigures of(Collection<BreachRecord> inPeriod) {
        Map<RiskTier, List<String>> tiers = new EnumMap<>(RiskTier.class);
        for (RiskTier tier : RiskTier.values()) {
            tiers.put(tier, new ArrayList<>());
        }
        List<String> all = new ArrayList<>();
        List<String> reportable = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        List<String> late = new ArrayList<>();
        List<String> outstanding = new ArrayList<>();
        for (BreachRecord breach : inPeriod) {
            all.add(breach.id());
            tiers.get(breach.riskTier()).add(breach.id());
            boolean notified = breach.findCommissionerNotification().isPresent();
            if (breach.isReportable()) {
                reportable.add(breach.id());
                if (!notified) {
                    outstanding.add(breach.id());
                }
            }
            if (notified) {
                reported.add(breach.id());
                if (breach.isReportedLate()) {
                    late.add(breach.id());
                }
            }
        }
        Map<RiskTier, Counted> byTier = new EnumMap<>(RiskTier.class);
        tiers.forEach((tier, ids) -> byTier.put(tier, Counted.of(ids)));
        return new BreachFigures(Counted.of(all), byTier, Counted.of(reportable), Counted.of(reported),
                Counted.of(late), Counted.of(outstanding));
    }
}
