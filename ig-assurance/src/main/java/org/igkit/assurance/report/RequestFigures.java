package org.igkit.assurance.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.igkit.requests.register.InformationRequest;

/**
 * Request performance for the board: per group, the requests due in the period and how many were answered in time
 * (by their due date, which already carries any lawful extension), banded as the ICO bands FOI response rates; and
 * the requests open past their deadline on the report date.
 *
 * <p>The denominator is the requests due in the period (spec §8, the default; the alternative is those received),
 * less the open ones whose deadline has not yet passed on the report date: they can still be answered in time.
 *
 * @param timeliness one line per group, in group order
 * @param overdue    open requests whose due date is before the report date
 */
public record RequestFigures(List<Line> timeliness, Counted overdue) {
    public RequestFigures {
        timeliness = List.copyOf(timeliness);
    }

    /**
     * One group's figures.
     *
     * @param group     the regimes counted
     * @param due       requests due in the period and answered, or open past their deadline
     * @param inTime    of those, answered on or before their due date
     * @param notInTime of those, answered late or still open
     * @param share     {@code inTime} of {@code due}
     * @param band      the ICO band of the share, or {@code null} when nothing was due
     */
    public record Line(RequestGroup group, Counted due, Counted inTime, Counted notInTime, Percentage share,
                       TimelinessBand band) {
    }

    /**
     * The figures from {@code candidates} (every request that may fall due in the period: those outside it are
     * ignored) and {@code openPastDue} (the open requests due before {@code asOf}).
     */
    public static RequestFigures of(ReportPeriod period, LocalDate asOf, Collection<InformationRequest> candidates,
                                    Collection<InformationRequest> openPastDue) {
        Map<RequestGroup, List<String>> due = new EnumMap<>(RequestGroup.class);
        Map<RequestGroup, List<String>> inTime = new EnumMap<>(RequestGroup.class);
        Map<RequestGroup, List<String>> late = new EnumMap<>(RequestGroup.class);
        for (RequestGroup group : RequestGroup.values()) {
            due.put(group, new ArrayList<>());
            inTime.put(group, new ArrayList<>());
            late.put(group, new ArrayList<>());
        }
        for (InformationRequest request : candidates) {
            Optional<RequestGroup> group = RequestGroup.of(request.regime());
            LocalDate dueDate = request.dueDate();
            if (group.isEmpty() || dueDate == null || !period.contains(dueDate)) {
                continue;
            }
            boolean stillAnswerable = request.isOpen() && !dueDate.isBefore(asOf);
            if (stillAnswerable) {
                continue;
            }
            due.get(group.get()).add(request.id());
            (request.isClosedOnTime() ? inTime : late).get(group.get()).add(request.id());
        }
        List<Line> lines = new ArrayList<>();
        for (RequestGroup group : RequestGroup.values()) {
            Counted counted = Counted.of(due.get(group));
            Counted answered = Counted.of(inTime.get(group));
            Percentage share = Percentage.of(answered.count(), counted.count());
            lines.add(new Line(group, counted, answered, Counted.of(late.get(group)), share, TimelinessBand.of(share)));
        }
        List<String> overdue = openPastDue.stream()
                .filter(r -> r.isOpen() && r.dueDate() != null && r.dueDate().isBefore(asOf))
                .map(InformationRequest::id).toList();
        return new RequestFigures(lines, Counted.of(overdue));
    }
}
