package org.igkit.requests.regime;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.igkit.core.explain.Citation;

/**
 * One version of a statutory regime, as data: the period and its unit, how receipt counts, whose holidays it
 * skips, which events it allows and what they do (with the provisions they come from), the extension it allows
 * and its limits, and how its month is read. Built with {@link #builder(RegimeId, LocalDate, String)}; the
 * engine reads these components and never asks which regime it has.
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
 * @param rules                   what the events cite and the readings a deployment may choose between
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
        String note,
        EventRules rules) {

    public Regime {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dayZero, "dayZero");
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(clarification, "clarification");
        Objects.requireNonNull(rules, "rules");
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

    /** Starts a regime version: its id, the first day of receipt it governs and its title. */
    public static Builder builder(RegimeId id, LocalDate effectiveFrom, String title) {
        return new Builder(id, effectiveFrom, title);
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

    /** Builds a {@link Regime} with named steps; anything not set takes the value a plain regime has. */
    public static final class Builder {
        private final RegimeId id;
        private final LocalDate effectiveFrom;
        private final String title;
        private int period;
        private PeriodUnit unit;
        private DayZero dayZero = DayZero.RECEIPT_IS_DAY_ZERO;
        private HolidaySource holidays;
        private boolean rollsForward;
        private int longStopWorkingDays;
        private ClockEffect clarification = ClockEffect.NONE;
        private Set<EventType> events = Set.of();
        private EventType extensionTrigger;
        private int extendedPeriod;
        private boolean extensionNoticeInPeriod;
        private List<Citation> citations = List.of();
        private List<Citation> extensionCitations = List.of();
        private String note = "";
        private List<Citation> restartCitations;
        private Citation feesCitation = Regimes.FOIA_S10_2;
        private List<Citation> pauseCitations = List.of();
        private boolean feesPauseOnlyByOption;
        private boolean monthReadingByOption;
        private String extensionName = "Extension";
        private boolean extensionLengthByOption;
        private String noticeStillDue = "";
        private int postedDaysToReceipt;
        private Citation postalCitation;
        private boolean temporary;

        private Builder(RegimeId id, LocalDate effectiveFrom, String title) {
            this.id = Objects.requireNonNull(id, "id");
            this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            this.title = Objects.requireNonNull(title, "title");
        }

        /** The period and its unit, e.g. {@code 20, WORKING_DAYS}. */
        public Builder period(int length, PeriodUnit periodUnit) {
            this.period = length;
            this.unit = periodUnit;
            return this;
        }

        /** How the day of receipt counts (default: receipt is day 0). */
        public Builder dayZero(DayZero rule) {
            this.dayZero = rule;
            return this;
        }

        /** Whose bank holidays are skipped. */
        public Builder skipping(HolidaySource source) {
            this.holidays = source;
            return this;
        }

        /** A due date on a non-working day moves to the next working day. */
        public Builder rollingForwardToAWorkingDay() {
            this.rollsForward = true;
            return this;
        }

        /** The due date is the earlier of the period and this many working days (FOIA schools' 60th day). */
        public Builder longStopWorkingDays(int workingDays) {
            this.longStopWorkingDays = workingDays;
            return this;
        }

        /** The events the regime knows besides {@code closed}. */
        public Builder events(Set<EventType> allowed) {
            this.events = allowed;
            return this;
        }

        /** What a clarification does to the clock. */
        public Builder clarification(ClockEffect effect) {
            this.clarification = effect;
            return this;
        }

        /** The provisions cited when an answer restarts the period (default: the regime's own citations). */
        public Builder restartCiting(Citation... provisions) {
            this.restartCitations = List.of(provisions);
            return this;
        }

        /** The provisions cited when a clarification pauses the clock. */
        public Builder pauseCiting(Citation... provisions) {
            this.pauseCitations = List.of(provisions);
            return this;
        }

        /** The provision cited for the disregarded fees window (default FOIA s.10(2)). */
        public Builder feesCiting(Citation provision) {
            this.feesCitation = provision;
            return this;
        }

        /** A fees notice pauses the clock only if the deployment chooses so (spec U9). */
        public Builder feesPauseOnlyByOption() {
            this.feesPauseOnlyByOption = true;
            return this;
        }

        /** The month is read as the deployment chooses (spec U4). */
        public Builder monthReadingByOption() {
            this.monthReadingByOption = true;
            return this;
        }

        /** {@code trigger} extends the period to {@code extended} (same unit). */
        public Builder extendedBy(EventType trigger, int extended) {
            this.extensionTrigger = trigger;
            this.extendedPeriod = extended;
            return this;
        }

        /** The extension must be notified by the initial due date. */
        public Builder extensionNotifiedWithinPeriod() {
            this.extensionNoticeInPeriod = true;
            return this;
        }

        /**
         * The extension is a public-interest one: its length is the deployment's target, and {@code notice} is
         * still due by the initial date.
         */
        public Builder publicInterestExtension(String notice) {
            this.extensionName = "Public interest extension";
            this.extensionLengthByOption = true;
            this.noticeStillDue = notice;
            return this;
        }

        /** A posted request is presumed received {@code days} after the day of posting (FOISA s.74(2)(b)). */
        public Builder postedPresumedReceivedAfter(int days, Citation provision) {
            this.postedDaysToReceipt = days;
            this.postalCitation = provision;
            return this;
        }

        /** A temporary version, which a deployment may choose not to apply (the older version then governs). */
        public Builder temporary() {
            this.temporary = true;
            return this;
        }

        /** The provisions setting the period, the main one first. */
        public Builder citing(Citation... provisions) {
            this.citations = List.of(provisions);
            return this;
        }

        /** The provisions allowing the extension. */
        public Builder extensionCiting(Citation... provisions) {
            this.extensionCitations = List.of(provisions);
            return this;
        }

        /** How uncertain points were read. */
        public Builder note(String text) {
            this.note = text;
            return this;
        }

        public Regime build() {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(holidays, "holidays");
            EventRules rules = new EventRules(restartCitations == null ? citations : restartCitations, feesCitation,
                    pauseCitations, feesPauseOnlyByOption, monthReadingByOption, extensionName,
                    extensionLengthByOption, noticeStillDue, postedDaysToReceipt, postalCitation, temporary);
            return new Regime(id, effectiveFrom, title, period, unit, dayZero, holidays, rollsForward,
                    longStopWorkingDays, clarification, events, extensionTrigger, extendedPeriod,
                    extensionNoticeInPeriod, citations, extensionCitations, note, rules);
        }
    }
}
