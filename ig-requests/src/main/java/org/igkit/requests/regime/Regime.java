package org.igkit.requests.regime;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.igkit.core.explain.Citation;

/**
 * One version of a statutory regime, as data: the period and its unit, how receipt counts, whose holidays it
 * skips, which events it allows and what they do, the extension it allows, and the provisions it comes from.
 *
 * @param id                      the regime id
 * @param effectiveFrom           the first day of receipt this version applies to
 * @param title                   the regime in words, e.g. "FOIA 2000 request"
 * @param period                  the period, e.g. 20
 * @param unit                    the unit of the period
 * @param dayZero                 how the day of receipt counts
 * @param holidays                whose bank holidays are skipped or rolled over
 * @param rollsForward            true when a due date on a non-working day moves to the next working day
 * @param longStopWorkingDays     FOIA schools: the working-day long stop (60), else 0
 * @param clarification           what a clarification does
 * @param allowedEvents           the events the regime knows (always includes {@code closed})
 * @param extensionTrigger        the event that extends the period, or {@code null}
 * @param extendedPeriod          the period once extended (same unit), or 0
 * @param extensionNoticeInPeriod true when the extension must be notified within the initial period
 * @param citations               the provisions setting the period, the first being the main one
 * @param extensionCitations      the provisions allowing the extension
 * @param note                    how uncertain points were read, or an empty string
 */
public record Regime(
        RegimeId id,
        LocalDate effectiveFrom,
        String title,
        int period,
        PeriodUnit unit,
        DayZero dayZero,
        HolidaySource holidays,
        boolean rollsForward,
        int longStopWorkingDays,
        ClockEffect clarification,
        Set<EventType> allowedEvents,
        EventType extensionTrigger,
        int extendedPeriod,
        boolean extensionNoticeInPeriod,
        List<Citation> citations,
        List<Citation> extensionCitations,
        String note) {

    public Regime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dayZero, "dayZero");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(clarification, "clarification");
        if (period <= 0) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        if ((extensionTrigger == null) != (extendedPeriod == 0)) {
            throw new IllegalArgumentException("an extension needs both a trigger and a period");
        }
        EnumSet<EventType> allowed = EnumSet.of(EventType.CLOSED);
        allowed.addAll(allowedEvents);
        allowedEvents = Set.copyOf(allowed);
        citations = List.copyOf(citations);
        extensionCitations = List.copyOf(extensionCitations);
        Objects.requireNonNull(note, "note");
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a regime cites at least one provision");
        }
    }

    /** True when {@code type} is one of the regime's events. */
    public boolean allows(EventType type) {
        return allowedEvents.contains(type);
    }

    /** True when the regime allows an extension. */
    public boolean isExtendable() {
        return extensionTrigger != null;
    }

    /** The provision that sets the period. */
    public Citation mainCitation() {
        return citations.get(0);
    }

    /** "20 working days". */
    public String describePeriod() {
        String words = unit.words();
        return period + " " + (period == 1 ? words.substring(0, words.length() - 1) : words);
    }
}
