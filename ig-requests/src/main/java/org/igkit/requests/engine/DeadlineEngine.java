package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;
import org.igkit.requests.calendar.BankHoliday;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.Division;
import org.igkit.requests.regime.PeriodUnit;
import org.igkit.requests.regime.Regime;
import org.igkit.requests.regime.Regimes;

/**
 * Applies the regime version in force on the date of receipt to a request's timeline: it reads the
 * {@link Timeline}, hands it to the counter of the regime's unit, applies the {@link StatusRule} and returns
 * the answer with the steps each part wrote. The regime is data; nothing here asks which regime it is.
 * Stateless apart from its cache of school day indexes; thread-safe.
 *
 * <pre>{@code
 * DeadlineEngine engine = DeadlineEngine.of(BankHolidayCalendar.shipped(), clock);
 * DeadlineResult result = engine.calculate(DeadlineQuery.of(RegimeId.FOIA, Nation.ENGLAND, LocalDate.of(2024, 10, 2)));
 * result.dueDate(); // 2024-10-30
 * }</pre>
 */
public final class DeadlineEngine {
    /** The last day of receipt the engine accepts: later periods would run past the calendar. */
    public static final LocalDate LAST_RECEIPT = LocalDate.of(BankHolidayCalendar.LAST_YEAR - 1, 12, 31);
    private static final Citation BEREND = Citation.of("Berend v Information Commissioner and LB Richmond",
            "EA/2006/0049-50").withNote("a day is a calendar day in UK time; time of arrival is irrelevant (ICO LTT47)");

    private final BankHolidayCalendar calendar;
    private final Clock clock;
    private final DeadlineOptions options;
    private final Optional<BankHoliday> ignoredHoliday;
    private final BankHolidayCalendar countingCalendar;
    private final Map<PeriodUnit, Counter> counters = new EnumMap<>(PeriodUnit.class);

    private DeadlineEngine(BankHolidayCalendar calendar, Clock clock, DeadlineOptions options) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.ignoredHoliday = options.scotlandWorldCup2026() == DeadlineOptions.WorldCupHoliday.IGNORE
                ? calendar.findHoliday(DeadlineOptions.WorldCupHoliday.HOLIDAY_NAME, Division.SCOTLAND) : Optional.empty();
        this.countingCalendar = ignoredHoliday.map(h -> calendar.withHolidayRemoved(h.date(), h.division()))
                .orElse(calendar);
        counters.put(PeriodUnit.WORKING_DAYS, new WorkingDayCounter());
        counters.put(PeriodUnit.SCHOOL_DAYS, new SchoolDayCounter(new SchoolIndexes()));
        counters.put(PeriodUnit.CALENDAR_MONTHS, new MonthCounter());
        counters.put(PeriodUnit.CALENDAR_DAYS, new CalendarDayCounter());
    }

    /** An engine over {@code calendar} with the spec's default readings; {@code clock} supplies "today". */
    public static DeadlineEngine of(BankHolidayCalendar calendar, Clock clock) {
        return new DeadlineEngine(calendar, clock, DeadlineOptions.defaults());
    }

    /** An engine over the shipped GOV.UK calendar with the default readings. */
    public static DeadlineEngine shipped(Clock clock) {
        return of(BankHolidayCalendar.shipped(), clock);
    }

    /** A copy with other readings of the uncertain points. */
    public DeadlineEngine withOptions(DeadlineOptions newOptions) {
        return new DeadlineEngine(calendar, clock, newOptions);
    }

    /** A copy over another calendar version (e.g. after an embedder added a holiday). */
    public DeadlineEngine withCalendar(BankHolidayCalendar newCalendar) {
        return new DeadlineEngine(newCalendar, clock, options);
    }

    /** The calendar version this engine counts with. */
    public BankHolidayCalendar calendar() {
        return calendar;
    }

    /** The readings in use. */
    public DeadlineOptions options() {
        return options;
    }

    /**
     * Computes the deadline. An invalid query or timeline is a {@link ValidationException} naming every bad
     * field ({@code received}, {@code events[2].type}, {@code schoolCalendar}, ...).
     */
    public DeadlineResult calculate(DeadlineQuery given) {
        Objects.requireNonNull(given, "query");
        DeadlineQuery query = withPresumedReceipt(given);
        Regime regime = versionFor(query);
        boolean feesDisregarded = !regime.rules().feesPauseOnlyByOption()
                || options.eirCharges() == DeadlineOptions.EirCharges.DISREGARD_LIKE_FOIA;
        Timeline timeline = Timeline.read(query, regime, feesDisregarded, checkQuery(query, regime));
        LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.ofInstant(clock.instant(), DeadlineQuery.UK);
        Explanation.Builder explain = Explanation.builder();
        explain.step(() -> regime.title() + ": " + regime.describePeriod() + " (the version in force for requests "
                + "received from " + regime.effectiveFrom() + ")", regime.citations());
        BankHolidayCalendar cal = countingCalendar(query, explain);
        if (query.posted() != null) {
            LocalDate presumed = presumedReceipt(query.posted(), regime);
            int days = regime.rules().postedDaysToReceipt();
            explain.step(() -> "Posted on " + day(query.posted()) + ": presumed not received until the "
                    + Wording.ordinal(days) + " day after the day of posting, " + day(presumed)
                    + (query.received().isAfter(presumed) ? "; it arrived later, on " + day(query.received())
                    + ", which is the date of receipt" : ", the date of receipt"), regime.rules().postalCitation());
        } else if (query.receivedAt() != null) {
            explain.step(() -> "Received at " + query.receivedAt() + ", which is " + day(query.received())
                    + " in UK time (Europe/London); the time of day does not matter", BEREND);
        } else {
            explain.step(() -> "Received " + day(query.received()), BEREND);
        }
        timeline.steps().forEach(explain::step);
        Counting counting = new Counting(query, regime, options, timeline, cal, explain);
        Count count = counters.get(regime.unit()).count(counting);
        Status status = StatusRule.apply(counting, count, asOf);
        return new DeadlineResult(regime.id(), regime, count.dueDate(), count.latestDueDate(), status, asOf,
                explain.build(), cal.version(), count.projected());
    }

    /**
     * The date the engine counts {@code query} as received: the given date, or for a posted request the later of
     * it and the day the regime presumes (FOISA s.74(2)(b)). A posting date under a regime without a postal
     * presumption is a {@link ValidationException} on {@code posted}.
     */
    public LocalDate dateOfReceipt(DeadlineQuery query) {
        return withPresumedReceipt(Objects.requireNonNull(query, "query")).received();
    }

    private static DeadlineQuery withPresumedReceipt(DeadlineQuery query) {
        LocalDate posted = query.posted();
        if (posted == null) {
            return query;
        }
        if (query.received().isBefore(posted)) {
            throw new ValidationException("received", "must be on or after posted (" + posted + ")", query.received());
        }
        Regime atPosting = Regimes.find(query.regime(), posted);
        if (!atPosting.rules().hasPostalPresumption()) {
            throw new ValidationException("posted", "a postal presumption is Scottish (FOISA s.74(2)(b)): "
                    + query.regime() + " has none; give the date the request was received", posted);
        }
        LocalDate presumed = presumedReceipt(posted, atPosting);
        return query.received().isAfter(presumed) ? query : query.withReceived(presumed);
    }

    private static LocalDate presumedReceipt(LocalDate posted, Regime regime) {
        return posted.plusDays(regime.rules().postedDaysToReceipt());
    }

    /** The version in force on the date of receipt, passing over temporary ones if the deployment chooses so. */
    private Regime versionFor(DeadlineQuery query) {
        return options.temporaryVersions() == DeadlineOptions.TemporaryVersions.IGNORE
                ? Regimes.findPermanent(query.regime(), query.received())
                : Regimes.find(query.regime(), query.received());
    }

    /** The problems with the query outside its events, to be reported together with the timeline's. */
    private static ValidationException.Collector checkQuery(DeadlineQuery query, Regime regime) {
        ValidationException.Collector problems = ValidationException.collector();
        LocalDate received = query.received();
        // messages are written only for a failing check: this runs on every answer
        if (received.isBefore(BankHolidayCalendar.SUPPORTED.startInclusive()) || received.isAfter(LAST_RECEIPT)) {
            problems.add("received", "must be between " + BankHolidayCalendar.SUPPORTED.startInclusive() + " and "
                    + LAST_RECEIPT, received);
        }
        if (regime.unit() == PeriodUnit.SCHOOL_DAYS && query.schoolCalendar() == null) {
            problems.add("schoolCalendar", "is required for " + regime.id() + " (term dates and closures)", null);
        }
        if (query.asOf() != null) {
            if (query.asOf().isBefore(received)) {
                problems.add("asOf", "must be on or after received (" + received + ")", query.asOf());
            }
            if (query.asOf().isAfter(BankHolidayCalendar.SUPPORTED.endInclusive())) {
                problems.add("asOf", "must be on or before " + BankHolidayCalendar.SUPPORTED.endInclusive(),
                        query.asOf());
            }
        }
        return problems;
    }

    /** The calendar this request is counted with under options U6 and U5, explaining any day it leaves out. */
    private BankHolidayCalendar countingCalendar(DeadlineQuery query, Explanation.Builder explain) {
        BankHolidayCalendar cal = countingCalendar;
        if (cal != calendar) {
            explain.step(() -> Wording.date(ignoredHoliday.orElseThrow().date()) + " is not treated as a Scottish bank "
                    + "holiday (option U6: its proclamation is unverified)");
        }
        if (options.lateAnnouncedHolidays() == DeadlineOptions.LateAnnouncedHolidays.ONLY_IF_ANNOUNCED_BY_RECEIPT) {
            BankHolidayCalendar known = cal.asKnownOn(query.received());
            if (known != cal) {
                long kept = cal.changes().size();
                explain.step(() -> "Bank holidays announced after the date of receipt are not counted (option U5): "
                        + known.changes().stream().skip(kept)
                        .map(change -> day(change.holiday().date()) + " (" + change.holiday() + ")")
                        .collect(Collectors.joining(", ")));
                cal = known;
            }
        }
        return cal;
    }
}
