package org.igkit.breach.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.Notification;
import org.igkit.core.error.ValidationException;

/**
 * Breach statistics over a period for the board that a public body's information governance reports to: how many
 * breaches, of which type and tier, how many reported to the Commissioner and how many late, and the median time from
 * awareness to report. A breach counts in the period of its awareness instant; a breach of several types counts
 * under each.
 *
 * @param fromInclusive          start of the period
 * @param toExclusive            end of the period
 * @param total                  breaches logged
 * @param byType                 breaches by type (every type present, zero when none)
 * @param byTier                 breaches by final tier of the latest assessment (every tier present)
 * @param reportable             breaches the latest assessment says must be reported
 * @param reported               breaches reported to the Commissioner
 * @param reportedLate           breaches reported after the deadline
 * @param reportableNotReported  reportable breaches not (yet) reported
 * @param medianAwarenessToReport the median time from awareness to the report, or {@code null} when none reported
 */
public record BoardStatistics(Instant fromInclusive, Instant toExclusive, long total, Map<BreachType, Long> byType,
        Map<RiskTier, Long> byTier, long reportable, long reported, long reportedLate, long reportableNotReported,
        Duration medianAwarenessToReport) {
    public BoardStatistics {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        byType = Map.copyOf(byType);
        byTier = Map.copyOf(byTier);
    }

    /** The statistics of {@code records} whose awareness lies in [{@code fromInclusive}, {@code toExclusive}). */
    public static BoardStatistics of(Instant fromInclusive, Instant toExclusive, Collection<BreachRecord> records) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (!fromInclusive.isBefore(toExclusive)) {
            throw new ValidationException("toExclusive", "must be after fromInclusive (" + fromInclusive + ")",
                    toExclusive);
        }
        Map<BreachType, Long> byType = new EnumMap<>(BreachType.class);
        for (BreachType type : BreachType.values()) {
            byType.put(type, 0L);
        }
        Map<RiskTier, Long> byTier = new EnumMap<>(RiskTier.class);
        for (RiskTier tier : RiskTier.values()) {
            byTier.put(tier, 0L);
        }
        long total = 0;
        long reportable = 0;
        long reported = 0;
        long late = 0;
        long outstanding = 0;
        List<Duration> toReport = new ArrayList<>();
        for (BreachRecord record : records) {
            Instant aware = record.awareness().toInstant();
            if (aware.isBefore(fromInclusive) || !aware.isBefore(toExclusive)) {
                continue;
            }
            total++;
            for (BreachType type : record.latest().facts().breachTypes()) {
                byType.merge(type, 1L, Long::sum);
            }
            byTier.merge(record.riskTier(), 1L, Long::sum);
            Optional<Notification> notified = record.findCommissionerNotification();
            if (record.isReportable()) {
                reportable++;
                if (notified.isEmpty()) {
                    outstanding++;
                }
            }
            if (notified.isPresent()) {
                reported++;
                if (notified.get().isLate()) {
                    late++;
                }
                toReport.add(Duration.between(aware, notified.get().notifiedAt().toInstant()));
            }
        }
        return new BoardStatistics(fromInclusive, toExclusive, total, byType, byTier, reportable, reported, late,
                outstanding, median(toReport));
    }

    /** The median time from awareness to report, if any breach was reported. */
    public Optional<Duration> findMedianAwarenessToReport() {
        return Optional.ofNullable(medianAwarenessToReport);
    }

    /** The median in hours, to two decimal places (half up), if any breach was reported. */
    public Optional<BigDecimal> findMedianHoursToReport() {
        return findMedianAwarenessToReport().map(d -> BigDecimal.valueOf(d.toSeconds())
                .divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));
    }

    private static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
