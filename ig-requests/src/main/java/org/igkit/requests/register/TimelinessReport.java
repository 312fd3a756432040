package org.igkit.requests.register;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.regime.RegimeId;

/**
 * Timeliness over a period, per regime and in total: how many requests were received and closed in the
 * period, how many of those closed were on time, the percentage on time and the median calendar days taken.
 * Councils report these against their FOI and SAR targets (commonly 90% or 95% on time).
 *
 * @param period  the reporting period
 * @param regimes the figures per regime, in regime order, for regimes with any activity
 * @param total   the figures over every regime ({@code regime} is {@code null})
 */
public record TimelinessReport(DateRange period, List<Figures> regimes, Figures total) {

    /**
     * The figures of one regime (or of all, when {@code regime} is null).
     *
     * @param regime          the regime, or {@code null} for the total
     * @param received        requests received in the period
     * @param closed          requests closed in the period
     * @param onTime          of those closed, the ones closed on or before their due date
     * @param late            of those closed, the ones closed after it
     * @param percentOnTime   100 x onTime / closed, empty when none closed
     * @param medianDaysTaken the median calendar days from receipt to closure of those closed, empty when none
     */
    public record Figures(RegimeId regime, int received, int closed, int onTime, int late, OptionalDouble percentOnTime,
                          OptionalDouble medianDaysTaken) {
        public Figures {
            Objects.requireNonNull(percentOnTime, "percentOnTime");
            Objects.requireNonNull(medianDaysTaken, "medianDaysTaken");
        }
    }

    public TimelinessReport {
        Objects.requireNonNull(period, "period");
        regimes = List.copyOf(regimes);
        Objects.requireNonNull(total, "total");
    }

    /**
     * The report for {@code period} from the requests received in it and the requests closed in it (a request
     * received and closed in the period is in both). Requests outside the period are ignored.
     */
    public static TimelinessReport of(DateRange period, Collection<InformationRequest> receivedInPeriod,
                                      Collection<InformationRequest> closedInPeriod) {
        Map<RegimeId, List<InformationRequest>> received = new EnumMap<>(RegimeId.class);
        Map<RegimeId, List<InformationRequest>> closed = new EnumMap<>(RegimeId.class);
        List<InformationRequest> allReceived = new ArrayList<>();
        List<InformationRequest> allClosed = new ArrayList<>();
        for (InformationRequest request : receivedInPeriod) {
            if (period.contains(request.received())) {
                received.computeIfAbsent(request.regime(), r -> new ArrayList<>()).add(request);
                allReceived.add(request);
            }
        }
        for (InformationRequest request : closedInPeriod) {
            if (request.closedOn() != null && period.contains(request.closedOn())) {
                closed.computeIfAbsent(request.regime(), r -> new ArrayList<>()).add(request);
                allClosed.add(request);
            }
        }
        List<Figures> perRegime = new ArrayList<>();
        for (RegimeId regime : RegimeId.values()) {
            List<InformationRequest> in = received.getOrDefault(regime, List.of());
            List<InformationRequest> out = closed.getOrDefault(regime, List.of());
            if (!in.isEmpty() || !out.isEmpty()) {
                perRegime.add(figures(regime, in, out));
            }
        }
        return new TimelinessReport(period, perRegime, figures(null, allReceived, allClosed));
    }

    private static Figures figures(RegimeId regime, List<InformationRequest> received, List<InformationRequest> closed) {
        int onTime = (int) closed.stream().filter(InformationRequest::isClosedOnTime).count();
        long[] days = closed.stream().mapToLong(r -> ChronoUnit.DAYS.between(r.received(), r.closedOn())).sorted().toArray();
        OptionalDouble median = days.length == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(days.length % 2 == 1 ? days[days.length / 2]
                : (days[days.length / 2 - 1] + days[days.length / 2]) / 2.0);
        OptionalDouble percent = closed.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * onTime / closed.size());
        return new Figures(regime, received.size(), closed.size(), onTime, closed.size() - onTime, percent, median);
    }
}
