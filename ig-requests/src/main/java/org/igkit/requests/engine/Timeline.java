package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.regime.ClockEffect;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.ExtensionLength;
import org.igkit.requests.regime.PeriodUnit;
import org.igkit.requests.regime.Regime;
import org.igkit.requests.regime.RequestEvent;

/**
 * A request's events read under one regime version: when the period runs from, what still waits for an answer,
 * the windows the count disregards or pauses, the extension and the closure, and the steps that explain them in
 * the order they happened. Built once per calculation by {@link #read}, which rejects an impossible timeline.
 *
 * @param start          the date the period runs from (receipt, or a later restart)
 * @param waitingFor     the request still waiting for its answer that decides the status (the earliest kind), or
 *                       {@code null}
 * @param waitingSince   the date it was made, or {@code null}
 * @param disregarded    fees windows whose working days do not count (FOIA s.10(2))
 * @param pauses         clarification windows that stop a month's clock
 * @param extendedOn     the date the regime's extension was notified, or {@code null}
 * @param extensionIndex the event index of that notice, or -1
 * @param extensionLength the length the notice chose, or {@code null} for the regime's full extension
 * @param closedOn       the date the request was closed, or {@code null}
 * @param steps          what the events did, in order
 */
record Timeline(LocalDate start, EventType waitingFor, LocalDate waitingSince, List<DateRange> disregarded,
                List<DateRange> pauses, LocalDate extendedOn, int extensionIndex, ExtensionLength extensionLength,
                LocalDate closedOn,
                List<Explanation.Step> steps) {
    Timeline {
        disregarded = List.copyOf(disregarded);
        pauses = List.copyOf(pauses);
        steps = List.copyOf(steps);
    }

    /** True while a request made of the requester waits for its answer: no clock runs. */
    boolean isWaiting() {
        return waitingFor != null;
    }

    /**
     * Reads the events of {@code query} under {@code regime}; {@code feesDisregarded} says whether a fees notice
     * stops the clock. An impossible timeline is a {@link ValidationException} naming every bad event, together
     * with the problems the caller already found in the rest of the query.
     */
    static Timeline read(DeadlineQuery query, Regime regime, boolean feesDisregarded,
                         ValidationException.Collector problems) {
        validate(query, regime, problems);
        problems.throwIfAny();
        LocalDate start = query.received();
        Map<EventType, LocalDate> waiting = new EnumMap<>(EventType.class);
        List<DateRange> disregarded = new ArrayList<>();
        List<DateRange> pauses = new ArrayList<>();
        List<Explanation.Step> steps = new ArrayList<>();
        LocalDate extendedOn = null;
        int extensionIndex = -1;
        ExtensionLength extensionLength = null;
        LocalDate closedOn = null;
        List<Citation> restart = regime.rules().restartCitations();
        List<RequestEvent> events = query.events();
        for (int i = 0; i < events.size(); i++) {
            RequestEvent event = events.get(i);
            LocalDate date = event.date();
            switch (event.type()) {
                case CLARIFICATION_REQUESTED:
                case ID_REQUESTED:
                case FEE_REQUESTED:
                case FURTHER_INFO_REQUESTED:
                    waiting.put(event.type(), date);
                    break;
                case FEES_NOTICE:
                    if (feesDisregarded) {
                        waiting.put(event.type(), date);
                    } else {
                        steps.add(step(() -> "Charge notified on " + day(date) + ": not treated as a pause (option U9: the "
                                + "EIR reg 8 pause is not specified)", List.of()));
                    }
                    break;
                case CLARIFICATION_RECEIVED:
                    LocalDate asked = waiting.remove(EventType.CLARIFICATION_REQUESTED);
                    if (regime.clarification() == ClockEffect.RESTART) {
                        start = date;
                        steps.add(step(() -> "Clarification asked on " + day(asked) + " and received on " + day(date)
                                + ": the date of receipt becomes " + day(date) + " and the full period is counted "
                                + "again", restart));
                        disregarded.clear();
                    } else {
                        pauses.add(DateRange.ofClosed(asked, date));
                    }
                    break;
                case FEE_PAID:
                    if (feesDisregarded) {
                        disregarded.add(DateRange.ofClosed(waiting.remove(EventType.FEES_NOTICE), date));
                    } else {
                        steps.add(step(() -> "Charge paid on " + day(date), List.of()));
                    }
                    break;
                case ID_RECEIVED:
                case FEE_RECEIVED:
                case FURTHER_INFO_RECEIVED:
                    EventType request = event.type().findAnswers().orElseThrow();
                    LocalDate requested = waiting.remove(request);
                    if (date.isAfter(start)) {
                        start = date;
                    }
                    steps.add(step(() -> describe(request) + " on " + day(requested) + ", received on " + day(date)
                            + ": the period runs again from " + day(date), restart));
                    break;
                case PIT_EXTENSION_NOTICE:
                case EXTENSION_NOTICE:
                    if (event.type() == regime.extensionTrigger()) {
                        extendedOn = date;
                        extensionIndex = i;
                        extensionLength = event.length();
                    } else {
                        steps.add(step(() -> "Extension notified on " + day(date) + ": the regime sets no fixed limit for "
                                + "it, so the statutory date is unchanged", regime.extensionCitations()));
                    }
                    break;
                case CLOSED:
                    closedOn = date;
                    break;
                default:
                    throw new IllegalStateException("unhandled event " + event.type());
            }
        }
        Map.Entry<EventType, LocalDate> first = waiting.isEmpty() ? null : waiting.entrySet().iterator().next();
        return new Timeline(start, first == null ? null : first.getKey(), first == null ? null : first.getValue(),
                disregarded, pauses, extendedOn, extensionIndex, extensionLength, closedOn, steps);
    }

    /** A chosen length belongs on the regime's extension notice, in the regime's extension unit. */
    private static void checkLength(ExtensionLength length, EventType type, String path, Regime regime,
                                    ValidationException.Collector problems) {
        String field = path + "." + length.field();
        if (type != regime.extensionTrigger()) {
            problems.add(field, regime.isExtendable() ? "only " + regime.extensionTrigger().id() + " carries an "
                    + "extension's length" : regime.id() + " has no extension of a fixed limit to shorten", type.id());
        } else if (length instanceof ExtensionLength.Further) {
            PeriodUnit unit = ((ExtensionLength.Further) length).unit();
            PeriodUnit expected = regime.unit() == PeriodUnit.CALENDAR_MONTHS ? PeriodUnit.CALENDAR_MONTHS
                    : PeriodUnit.WORKING_DAYS;
            if (unit != expected) {
                problems.add(field, regime.id() + " extends in " + expected.words() + ": give "
                        + ExtensionLength.Further.fieldOf(expected) + " or until", ((ExtensionLength.Further) length).units());
            }
        }
    }

    private static Explanation.Step step(Explanation.Sentence sentence, List<Citation> citations) {
        return Explanation.Step.of(sentence, citations);
    }

    private static String describe(EventType request) {
        switch (request) {
            case ID_REQUESTED:
                return "Proof of identity requested";
            case FEE_REQUESTED:
                return "Fee requested";
            case FURTHER_INFO_REQUESTED:
                return "Further information requested";
            default:
                return request.id();
        }
    }

    private static void validate(DeadlineQuery query, Regime regime, ValidationException.Collector problems) {
        LocalDate received = query.received();
        Map<EventType, Integer> waiting = new EnumMap<>(EventType.class);
        LocalDate previous = received;
        int closedAt = -1;
        int extendedAt = -1;
        List<RequestEvent> events = query.events();
        for (int i = 0; i < events.size(); i++) {
            RequestEvent event = events.get(i);
            String path = "events[" + i + "]";
            if (event == null) {
                problems.add(path, "must not be null", null);
                continue;
            }
            EventType type = event.type();
            if (!regime.allows(type)) {
                problems.add(path + ".type", "is not an event of " + regime.id() + "; allowed: " + regime.allowedEvents()
                        .stream().map(EventType::id).sorted().collect(Collectors.joining(", ")), type.id());
                continue;
            }
            if (event.date().isBefore(received)) {
                problems.add(path + ".date", "must be on or after received (" + received + ")", event.date());
            } else if (event.date().isBefore(previous)) {
                problems.add(path + ".date", "must be on or after the date of the event before it (" + previous + ")",
                        event.date());
            } else {
                previous = event.date();
            }
            if (closedAt >= 0) {
                problems.add(path + ".type", "must not follow closed (events[" + closedAt + "])", type.id());
            }
            if (type == EventType.CLOSED) {
                closedAt = closedAt >= 0 ? closedAt : i;
            }
            Optional<EventType> answers = type.findAnswers();
            if (answers.isPresent() && waiting.remove(answers.get()) == null) {
                problems.add(path + ".type", type.id() + " needs an earlier " + answers.get().id()
                        + " still waiting for its answer", type.id());
            }
            Optional<EventType> answeredBy = type.findAnsweredBy();
            if (answeredBy.isPresent()) {
                Integer earlier = waiting.putIfAbsent(type, i);
                if (earlier != null) {
                    problems.add(path + ".type", "events[" + earlier + "] (" + type.id() + ") is still waiting for its "
                            + answeredBy.get().id(), type.id());
                }
            }
            if (event.length() != null) {
                checkLength(event.length(), type, path, regime, problems);
            }
            if (type == regime.extensionTrigger()) {
                if (extendedAt >= 0) {
                    problems.add(path + ".type", "an extension was already notified at events[" + extendedAt
                            + "]; " + regime.id() + " allows one", type.id());
                }
                extendedAt = extendedAt >= 0 ? extendedAt : i;
            }
        }
    }
}
