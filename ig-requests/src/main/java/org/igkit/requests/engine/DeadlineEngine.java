package org.igkit.requests.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;
import org.igkit.requests.calendar.BankHoliday;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.calendar.DayIndex;
import org.igkit.requests.calendar.Division;
import org.igkit.requests.calendar.NonWorkingDay;
import org.igkit.requests.calendar.WorkingDayRule;
import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.port.SchoolCalendar;
import org.igkit.requests.regime.ClockEffect;
import org.igkit.requests.regime.DayZero;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.HolidaySource;
import org.igkit.requests.regime.PeriodUnit;
import org.igkit.requests.regime.Regime;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.Regimes;
import org.igkit.requests.regime.RequestEvent;

/**
 * Applies the regime version in force on the date of receipt to a request's timeline. Stateless apart from
 * its caches of day indexes; thread-safe. Every answer carries its explanation, built while computing.
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
    private static final int SCHOOL_CACHE_LIMIT = 512;
    private static final Citation EIR_REG_9_4 = Citation.of("Environmental Information Regulations 2004 (SI 2004/3391)", "reg 9(4)")
            .withUrl("https://www.legislation.gov.uk/uksi/2004/3391/regulation/9");
    private static final Citation FOISA_S10_1_B = Citation.of("Freedom of Information (Scotland) Act 2002", "s.1(3) and s.10(1)(b)")
            .withUrl("https://www.legislation.gov.uk/asp/2002/13/section/10");
    private static final Citation AHRA_S3_6 = Citation.of("Access to Health Records Act 1990", "s.3(6)")
            .withUrl("https://www.legislation.gov.uk/ukpga/1990/23/section/3");
    private static final Citation ICO_NON_WORKING_DAY = Regimes.ICO_FOIA_GUIDANCE
            .withNote("if received on a non-working day the clock starts on the following working day");
    private static final Citation PROJECTED_BY_RULE = Citation.of("Banking and Financial Dealings Act 1971", "Sch 1")
            .withNote("projected by rule: the published data does not cover this year");
    private static final Citation FOISA_S10_2 = Citation.of("Freedom of Information (Scotland) Act 2002", "s.10(2)")
            .withUrl("https://www.legislation.gov.uk/asp/2002/13/section/10");
    private static final Citation EIR_REG_8 = Citation.of("Environmental Information Regulations 2004 (SI 2004/3391)", "reg 8")
            .withNote("paused like FOIA s.10(2) by option U9");
    private static final Citation DPA_S54_3C = Citation.of("Data Protection Act 2018", "s.54(3C)")
            .withUrl("https://www.legislation.gov.uk/ukpga/2018/12/section/54");
    private static final Citation ART_12A = Citation.of("UK GDPR", "Art 12A")
            .withUrl("https://www.legislation.gov.uk/eur/2016/679/article/12A");
    private static final Citation ICO_STOP_THE_CLOCK = Regimes.ICO_SAR_GUIDANCE.withNote("stop the clock for clarification (ICO, October 2020)");
    private static final Citation ICO_SAR_ROLL = Regimes.ICO_SAR_GUIDANCE
            .withNote("a deadline on a weekend or public holiday moves to the next working day");
    private static final String[] DAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final BankHolidayCalendar calendar;
    private final BankHolidayCalendar countingCalendar;
    private final Clock clock;
    private final DeadlineOptions options;
    private final ConcurrentMap<SchoolKey, DayIndex> schoolIndexes = new ConcurrentHashMap<>();

    private DeadlineEngine(BankHolidayCalendar calendar, Clock clock, DeadlineOptions options) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
        this.countingCalendar = withoutWorldCupIfIgnored(calendar, options);
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
    public DeadlineResult calculate(DeadlineQuery query) {
        Objects.requireNonNull(query, "query");
        Regime regime = Regimes.find(query.regime(), query.received());
        validate(query, regime);
        LocalDate asOf = query.asOf() != null ? query.asOf() : LocalDate.ofInstant(clock.instant(), DeadlineQuery.UK);
        Computation c = new Computation(query, regime, asOf);
        c.run();
        return c.result();
    }

    // ---------------------------------------------------------------------------------------------------------

    private void validate(DeadlineQuery query, Regime regime) {
        ValidationException.Collector problems = ValidationException.collector();
        LocalDate received = query.received();
        problems.require(!received.isBefore(BankHolidayCalendar.SUPPORTED.startInclusive())
                        && !received.isAfter(LAST_RECEIPT), "received",
                "must be between " + BankHolidayCalendar.SUPPORTED.startInclusive() + " and " + LAST_RECEIPT, received);
        if (regime.unit() == PeriodUnit.SCHOOL_DAYS && query.schoolCalendar() == null) {
            problems.add("schoolCalendar", "is required for " + regime.id() + " (term dates and closures)", null);
        }
        if (query.asOf() != null) {
            problems.require(!query.asOf().isBefore(received), "asOf", "must be on or after received (" + received + ")",
                    query.asOf());
            problems.require(!query.asOf().isAfter(BankHolidayCalendar.SUPPORTED.endInclusive()), "asOf",
                    "must be on or before " + BankHolidayCalendar.SUPPORTED.endInclusive(), query.asOf());
        }
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
            if (answers.isPresent()) {
                if (waiting.remove(answers.get()) == null) {
                    problems.add(path + ".type", type.id() + " needs an earlier " + answers.get().id()
                            + " still waiting for its answer", type.id());
                }
            }
            Optional<EventType> answeredBy = type.findAnsweredBy();
            if (answeredBy.isPresent()) {
                Integer earlier = waiting.putIfAbsent(type, i);
                if (earlier != null) {
                    problems.add(path + ".type", "events[" + earlier + "] (" + type.id() + ") is still waiting for its "
                            + answeredBy.get().id(), type.id());
                }
            }
            if (type == regime.extensionTrigger()) {
                if (extendedAt >= 0) {
                    problems.add(path + ".type", "an extension was already notified at events[" + extendedAt
                            + "]; " + regime.id() + " allows one", type.id());
                }
                extendedAt = extendedAt >= 0 ? extendedAt : i;
            }
        }
        problems.throwIfAny();
    }

    private static BankHolidayCalendar withoutWorldCupIfIgnored(BankHolidayCalendar calendar, DeadlineOptions options) {
        LocalDate worldCup = LocalDate.of(2026, 6, 15);
        if (options.scotlandWorldCup2026() == DeadlineOptions.WorldCupHoliday.IGNORE
                && calendar.isHoliday(worldCup, Division.SCOTLAND)) {
            return calendar.withHolidayRemoved(worldCup, Division.SCOTLAND);
        }
        return calendar;
    }

    private static String day(LocalDate date) {
        // hand-built rather than DateTimeFormatter: an explanation formats several dates and this is the hot path
        return DAY_NAMES[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " "
                + MONTH_NAMES[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static String weekday(LocalDate date) {
        return DAY_NAMES[date.getDayOfWeek().ordinal()];
    }

    private record SchoolKey(SchoolCalendar calendar, WorkingDayRule rule, String calendarVersion) {
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One calculation: reads the timeline, counts, explains. Not shared between threads. */
    private final class Computation {
        private final DeadlineQuery query;
        private final Regime regime;
        private final LocalDate asOf;
        private final Explanation.Builder explain = Explanation.builder();
        private BankHolidayCalendar cal;

        private LocalDate start;
        private final Map<EventType, LocalDate> waiting = new EnumMap<>(EventType.class);
        private final List<DateRange> disregarded = new ArrayList<>();
        private final List<DateRange> pauses = new ArrayList<>();
        private LocalDate extendedOn;
        private int extensionIndex = -1;
        private LocalDate closedOn;

        private LocalDate dueDate;
        private LocalDate latestDueDate;
        private LocalDate initialDueDate;
        private PeriodUnit statusUnit;
        private DayIndex statusIndex;
        private boolean projected;

        Computation(DeadlineQuery query, Regime regime, LocalDate asOf) {
            this.query = query;
            this.regime = regime;
            this.asOf = asOf;
        }

        void run() {
            explain.step(regime.title() + ": " + regime.describePeriod() + " (the version in force for requests "
                    + "received from " + regime.effectiveFrom() + ")", regime.citations());
            cal = countingCalendar;
            if (options.scotlandWorldCup2026() == DeadlineOptions.WorldCupHoliday.IGNORE && cal != calendar) {
                explain.step("15 June 2026 is not treated as a Scottish bank holiday (option U6: its proclamation is "
                        + "unverified)");
            }
            if (options.lateAnnouncedHolidays() == DeadlineOptions.LateAnnouncedHolidays.ONLY_IF_ANNOUNCED_BY_RECEIPT) {
                BankHolidayCalendar known = cal.asKnownOn(query.received());
                if (known != cal) {
                    explain.step("Bank holidays announced after the date of receipt are not counted (option U5): "
                            + known.changes().stream().skip(cal.changes().size())
                            .map(change -> day(change.holiday().date()) + " (" + change.holiday() + ")")
                            .collect(Collectors.joining(", ")));
                    cal = known;
                }
            }
            if (query.receivedAt() != null) {
                explain.step("Received at " + query.receivedAt() + ", which is " + day(query.received())
                        + " in UK time (Europe/London); the time of day does not matter", BEREND);
            } else {
                explain.step("Received " + day(query.received()), BEREND);
            }
            start = query.received();
            readTimeline();
            switch (regime.unit()) {
                case WORKING_DAYS:
                case SCHOOL_DAYS:
                    countWorkingOrSchoolDays();
                    break;
                case CALENDAR_MONTHS:
                    countMonths();
                    break;
                default:
                    countCalendarDays();
                    break;
            }
        }

        private void readTimeline() {
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
                        if (feesDisregarded()) {
                            waiting.put(event.type(), date);
                        } else {
                            explain.step("Charge notified on " + day(date) + ": not treated as a pause (option U9: the "
                                    + "EIR reg 8 pause is not specified)");
                        }
                        break;
                    case CLARIFICATION_RECEIVED:
                        LocalDate asked = waiting.remove(EventType.CLARIFICATION_REQUESTED);
                        if (regime.clarification() == ClockEffect.RESTART) {
                            start = date;
                            explain.step("Clarification asked on " + day(asked) + " and received on " + day(date)
                                    + ": the date of receipt becomes " + day(date) + " and the full period is counted "
                                    + "again", restartCitation());
                            disregarded.clear();
                        } else {
                            pauses.add(DateRange.ofClosed(asked, date));
                        }
                        break;
                    case FEE_PAID:
                        if (feesDisregarded()) {
                            disregarded.add(DateRange.ofClosed(waiting.remove(EventType.FEES_NOTICE), date));
                        } else {
                            explain.step("Charge paid on " + day(date));
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
                        explain.step(describe(request) + " on " + day(requested) + ", received on " + day(date)
                                + ": the period runs again from " + day(date), restartCitation());
                        break;
                    case PIT_EXTENSION_NOTICE:
                    case EXTENSION_NOTICE:
                        if (event.type() == regime.extensionTrigger()) {
                            extendedOn = date;
                            extensionIndex = i;
                        } else {
                            explain.step("Extension notified on " + day(date) + ": the regime sets no fixed limit for "
                                    + "it, so the statutory date is unchanged", regime.extensionCitations());
                        }
                        break;
                    case CLOSED:
                        closedOn = date;
                        break;
                    default:
                        throw new IllegalStateException("unhandled event " + event.type());
                }
            }
        }

        private boolean feesDisregarded() {
            return regime.id() != RegimeId.EIR || options.eirCharges() == DeadlineOptions.EirCharges.DISREGARD_LIKE_FOIA;
        }

        private List<Citation> restartCitation() {
            switch (regime.id()) {
                case FOIA:
                case FOIA_SCHOOL:
                case FOIA_PUBLIC_RECORDS:
                    return List.of(Regimes.FOIA_S10_6_B);
                case EIR:
                    return List.of(EIR_REG_9_4);
                case FOISA:
                case EISR:
                    return List.of(FOISA_S10_1_B);
                case AHRA_1990_21D:
                case AHRA_1990_40D:
                    return List.of(AHRA_S3_6);
                default:
                    return regime.citations();
            }
        }

        private String describe(EventType request) {
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

        // ---- working days and school days ----

        private void countWorkingOrSchoolDays() {
            WorkingDayRule rule = regime.holidays() == HolidaySource.SCOTLAND ? WorkingDayRule.SCOTLAND
                    : WorkingDayRule.ANY_UK_DIVISION;
            WorkingDays wd = cal.workingDays(rule);
            LocalDate dayZero = start;
            boolean pupilInfo = regime.holidays() == HolidaySource.NONE;
            if (!pupilInfo) {
                dayZero = dayZero(wd);
            } else {
                explain.step("Day 0 is the date of receipt, " + day(start) + "; day 1 is the next school day",
                        regime.mainCitation());
            }
            if (isWaiting()) {
                return;
            }
            for (DateRange window : disregarded) {
                int skipped = wd.countWorkingDays(maxOf(dayZero, window.startInclusive().minusDays(1)),
                        window.endInclusive());
                explain.step("Fees notice given on " + day(window.startInclusive()) + " and fee received on "
                        + day(window.endInclusive()) + ": the " + skipped + " working days from the one to the other "
                        + "are disregarded", feesCitation());
            }
            if (regime.unit() == PeriodUnit.SCHOOL_DAYS) {
                SchoolCalendar school = query.schoolCalendar();
                DayIndex sessions = schoolIndex(school, pupilInfo ? null : wd);
                Optional<LocalDate> bySchoolDays = plus(sessions, dayZero, regime.period(), disregarded);
                if (pupilInfo) {
                    if (bySchoolDays.isEmpty()) {
                        throw new ValidationException("schoolCalendar", "has fewer than " + regime.period()
                                + " session days after " + start + "; give the next term's dates", school.id());
                    }
                    dueDate = bySchoolDays.get();
                    explain.step("Counting " + regime.describePeriod() + " on school calendar '" + school.id()
                            + "' (days with a session: terms, less weekends, bank holidays and closures): the "
                            + ordinal(regime.period()) + " school day is " + day(dueDate), regime.mainCitation());
                    statusUnit = PeriodUnit.SCHOOL_DAYS;
                    statusIndex = sessions;
                } else {
                    LocalDate byWorkingDays = plus(wd.index(), dayZero, regime.longStopWorkingDays(), disregarded)
                            .orElseThrow();
                    if (bySchoolDays.isPresent() && bySchoolDays.get().isBefore(byWorkingDays)) {
                        dueDate = bySchoolDays.get();
                        explain.step("The " + ordinal(regime.period()) + " working day that is a school day on calendar '"
                                + school.id() + "' is " + day(dueDate) + ", before the " + ordinal(regime.longStopWorkingDays())
                                + " working day (" + day(byWorkingDays) + "): the earlier applies",
                                regime.mainCitation());
                    } else {
                        dueDate = byWorkingDays;
                        explain.step("The " + ordinal(regime.longStopWorkingDays()) + " working day is " + day(byWorkingDays)
                                + (bySchoolDays.map(d -> ", before the " + ordinal(regime.period())
                                + " school day (" + day(d) + ")").orElse(", and calendar '" + school.id()
                                + "' has too few school days to reach the " + ordinal(regime.period())))
                                + ": the earlier applies", regime.mainCitation());
                    }
                    explainSkipped(wd, dayZero, dueDate, false);
                    statusUnit = PeriodUnit.WORKING_DAYS;
                    statusIndex = wd.index();
                }
            } else {
                dueDate = plus(wd.index(), dayZero, regime.period(), disregarded).orElseThrow();
                explainSkipped(wd, dayZero, dueDate, true);
                explain.step("Due: the " + ordinal(regime.period()) + " working day after day 0 is " + day(dueDate),
                        regime.mainCitation());
                statusUnit = PeriodUnit.WORKING_DAYS;
                statusIndex = wd.index();
            }
            initialDueDate = dueDate;
            latestDueDate = dueDate;
            if (regime.isExtendable()) {
                int extended = regime.extensionTrigger() == EventType.PIT_EXTENSION_NOTICE
                        ? options.pitExtensionWorkingDays() : regime.extendedPeriod();
                LocalDate extendedDue = plus(wd.index(), dayZero, extended, disregarded).orElseThrow();
                if (extendedDue.isAfter(latestDueDate)) {
                    latestDueDate = extendedDue;
                }
                checkExtensionInPeriod();
                if (extendedOn != null) {
                    dueDate = latestDueDate;
                    explain.step(extensionWords() + " notified on " + day(extendedOn) + ": the deadline becomes the "
                            + ordinal(extended) + " working day after day 0, " + day(latestDueDate)
                            + (regime.extensionTrigger() == EventType.PIT_EXTENSION_NOTICE
                            ? "; the s.17 notice was still due by " + day(initialDueDate) : ""),
                            regime.extensionCitations());
                } else {
                    explain.step("With " + extensionWords().toLowerCase(Locale.UK) + " the latest date would be the "
                            + ordinal(extended) + " working day, " + day(latestDueDate), regime.extensionCitations());
                }
            }
            projected = cal.isProjectedAnywhere(start, latestDueDate);
        }

        private LocalDate dayZero(WorkingDays wd) {
            if (wd.isWorkingDay(start)) {
                explain.step("Day 0 is the date of receipt, " + day(start) + "; day 1 is the next working day",
                        regime.mainCitation());
                return start;
            }
            LocalDate next = wd.nextWorkingDayOnOrAfter(start);
            if (options.nonWorkingDayReceipt() == DeadlineOptions.NonWorkingDayReceipt.NEXT_WORKING_DAY_IS_DAY_ZERO) {
                explain.step(day(start) + " is not a working day: the request is treated as received on the next "
                        + "working day, " + day(next) + ", which is day 0 (option U1)", regime.mainCitation());
                return next;
            }
            explain.step(day(start) + " is not a working day; it is still day 0, so the next working day, " + day(next)
                    + ", is day 1", regime.mainCitation(), ICO_NON_WORKING_DAY);
            return start;
        }

        private void explainSkipped(WorkingDays wd, LocalDate fromExclusive, LocalDate toInclusive, boolean withRule) {
            int weekends = WorkingDays.weekendDaysBetween(fromExclusive, toInclusive);
            List<NonWorkingDay> holidays = wd.holidaysBetween(fromExclusive, toInclusive);
            if (withRule || !holidays.isEmpty()) {
                explain.step("Working days exclude " + wd.rule().describe() + "; up to " + day(toInclusive)
                        + " that skips " + weekends + " weekend days" + weekendList(fromExclusive, toInclusive) + " and "
                        + holidays.size() + " bank holiday" + (holidays.size() == 1 ? "" : "s"), wd.rule().citation());
            }
            for (NonWorkingDay skipped : holidays) {
                explain.step("Not a working day: " + day(skipped.date()) + ", " + describeHolidays(skipped.holidays(),
                        wd.rule()), holidayCitations(skipped.holidays(), wd.rule()));
            }
        }

        private List<Citation> holidayCitations(List<BankHoliday> holidays, WorkingDayRule rule) {
            boolean projectedDay = holidays.stream().anyMatch(BankHoliday::isProjected);
            boolean added = holidays.stream().anyMatch(h -> h.origin() == BankHoliday.Origin.ADDED);
            Citation source = BankHolidayCalendar.SHIPPED_SOURCE;
            if (projectedDay) {
                source = PROJECTED_BY_RULE;
            } else if (added) {
                source = Citation.of("Calendar change", "").withNote("added by the deployment, calendar version "
                        + cal.version());
            }
            return List.of(rule.citation(), source);
        }

        private Citation feesCitation() {
            switch (regime.id()) {
                case FOISA:
                    return FOISA_S10_2;
                case EIR:
                    return EIR_REG_8;
                default:
                    return Regimes.FOIA_S10_2;
            }
        }

        private String extensionWords() {
            return regime.extensionTrigger() == EventType.PIT_EXTENSION_NOTICE
                    ? "Public interest extension" : "Extension";
        }

        private void checkExtensionInPeriod() {
            if (extendedOn != null && regime.extensionNoticeInPeriod() && extendedOn.isAfter(initialDueDate)) {
                throw new ValidationException("events[" + extensionIndex + "].date", "an extension must be notified by "
                        + "the initial due date (" + initialDueDate + ")", extendedOn);
            }
        }

        // ---- months ----

        private void countMonths() {
            WorkingDayRule rule = options.sarRollForward() == DeadlineOptions.SarRollForward.ANY_UK_DIVISION
                    ? WorkingDayRule.ANY_UK_DIVISION : WorkingDayRule.of(Division.of(query.nation()));
            WorkingDays wd = cal.workingDays(rule);
            DeadlineOptions.MonthReading reading = monthReading();
            switch (reading) {
                case DAY_AFTER_RECEIPT:
                    explain.step("The month runs from the day after " + day(start) + " to the corresponding date",
                            regime.mainCitation());
                    break;
                case BEGINNING_WITH:
                    explain.step("The month begins with " + day(start) + " and ends the day before the corresponding "
                            + "date (option U4)", regime.mainCitation());
                    break;
                default:
                    explain.step("The month starts on the day of receipt, " + day(start) + ", even if that is not a "
                            + "working day, and ends at the end of the corresponding date in the next month (or the "
                            + "last day of that month if shorter)", regime.citations());
                    break;
            }
            if (isWaiting()) {
                return;
            }
            int paused = pausedDays();
            LocalDate oneMonth = monthEnd(reading, 1);
            initialDueDate = applyPauseAndRoll(wd, oneMonth, paused, true);
            dueDate = initialDueDate;
            latestDueDate = dueDate;
            if (regime.isExtendable()) {
                LocalDate threeMonths = monthEnd(reading, regime.extendedPeriod());
                latestDueDate = applyPauseAndRoll(wd, threeMonths, paused, false);
                checkExtensionInPeriod();
                if (extendedOn != null) {
                    dueDate = latestDueDate;
                    explain.step("Extension notified on " + day(extendedOn) + ": the deadline is three months from the "
                            + "start, " + day(latestDueDate), regime.extensionCitations());
                } else {
                    explain.step("With an extension (complex or numerous requests, notified within the month) the "
                            + "latest date would be " + day(latestDueDate), regime.extensionCitations());
                }
            }
            statusUnit = PeriodUnit.CALENDAR_DAYS;
            projected = cal.isProjectedAnywhere(start, latestDueDate);
        }

        private DeadlineOptions.MonthReading monthReading() {
            if (regime.id() == RegimeId.DPA2018_PART3_SAR) {
                return options.part3MonthReading();
            }
            return regime.dayZero() == DayZero.DAY_AFTER_RECEIPT ? DeadlineOptions.MonthReading.DAY_AFTER_RECEIPT
                    : DeadlineOptions.MonthReading.CORRESPONDING_DATE;
        }

        private LocalDate monthEnd(DeadlineOptions.MonthReading reading, int months) {
            switch (reading) {
                case DAY_AFTER_RECEIPT:
                    return start.plusDays(1).plusMonths(months);
                case BEGINNING_WITH:
                    return start.plusMonths(months).minusDays(1);
                default:
                    return start.plusMonths(months);
            }
        }

        private int pausedDays() {
            int total = 0;
            for (DateRange pause : pauses) {
                if (pause.endInclusive().isBefore(start)) {
                    continue;
                }
                LocalDate from = maxOf(pause.startInclusive(), start);
                int days = (int) ChronoUnit.DAYS.between(from, pause.endInclusive()) + 1;
                if (options.sarPauseCounting() == DeadlineOptions.PauseCounting.EXCLUSIVE) {
                    days = Math.max(0, days - 2);
                }
                total += days;
                explain.step("Clarification asked on " + day(pause.startInclusive()) + " and received on "
                        + day(pause.endInclusive()) + ": " + days + " days do not count"
                        + (options.sarPauseCounting() == DeadlineOptions.PauseCounting.EXCLUSIVE
                        ? " (only the days between, option U3)" : " (both days included)"), pauseCitation());
            }
            return total;
        }

        private List<Citation> pauseCitation() {
            if (regime.id() == RegimeId.DPA2018_PART3_SAR) {
                return List.of(DPA_S54_3C);
            }
            if (!regime.effectiveFrom().isBefore(LocalDate.of(2026, 2, 5))) {
                return List.of(ART_12A);
            }
            return List.of(ICO_STOP_THE_CLOCK);
        }

        private LocalDate applyPauseAndRoll(WorkingDays wd, LocalDate raw, int paused, boolean explainIt) {
            LocalDate base = raw;
            if (paused > 0 && options.sarPauseAppliedTo() == DeadlineOptions.PauseAppliedTo.ROLLED_DUE_DATE) {
                base = wd.nextWorkingDayOnOrAfter(raw);
            }
            LocalDate target = base.plusDays(paused);
            LocalDate rolled = wd.nextWorkingDayOnOrAfter(target);
            if (explainIt) {
                String text = "The month ends on " + day(raw) + (paused > 0 ? "; with " + paused
                        + " paused days added, " + day(target) : "");
                if (rolled.equals(target)) {
                    explain.step(text + ", a working day: due by the end of that day", regime.mainCitation());
                } else {
                    String why = WorkingDays.weekendDaysBetween(target.minusDays(1), target) > 0 ? "a " + weekday(target)
                            : describeHolidays(cal.holidaysOn(target), wd.rule());
                    List<Citation> citations = List.of(ICO_SAR_ROLL, wd.rule().holidayCitation());
                    explain.step(text + ", which is " + why + ": the deadline moves to the end of the next working day "
                            + "in " + (wd.rule() == WorkingDayRule.ANY_UK_DIVISION ? "any part of the UK (option U2)"
                            : wd.rule().divisions().iterator().next().displayName()) + ", " + day(rolled), citations);
                    for (NonWorkingDay skipped : wd.holidaysBetween(target.minusDays(1), rolled)) {
                        if (!skipped.date().equals(target)) {
                            explain.step("Not a working day: " + day(skipped.date()) + ", "
                                    + describeHolidays(skipped.holidays(), wd.rule()),
                                    holidayCitations(skipped.holidays(), wd.rule()));
                        }
                    }
                }
            }
            return rolled;
        }

        // ---- calendar days ----

        private void countCalendarDays() {
            if (isWaiting()) {
                return;
            }
            boolean beginningWith = options.ahraPeriod() == DeadlineOptions.AhraPeriod.BEGINNING_WITH_APPLICATION;
            dueDate = start.plusDays(beginningWith ? regime.period() - 1L : regime.period());
            explain.step(beginningWith
                    ? "The period of " + regime.period() + " days begins with " + day(start) + " (day 1) and ends on "
                    + day(dueDate) + "; the Act has no weekend roll-forward"
                    : "Counting " + regime.period() + " days after " + day(start) + " (option U8) gives " + day(dueDate),
                    regime.mainCitation());
            initialDueDate = dueDate;
            latestDueDate = dueDate;
            statusUnit = PeriodUnit.CALENDAR_DAYS;
            projected = false;
        }

        // ---- waiting, status ----

        private boolean isWaiting() {
            return !waiting.isEmpty();
        }

        DeadlineResult result() {
            Status status = status();
            return new DeadlineResult(regime.id(), regime, dueDate, latestDueDate, status, asOf, explain.build(),
                    cal.version(), projected);
        }

        private Status status() {
            if (isWaiting()) {
                return waitingStatus();
            }
            if (closedOn != null) {
                if (!closedOn.isAfter(dueDate)) {
                    explain.step("Closed on " + day(closedOn) + ": on time");
                    return new Status.ClosedOnTime(closedOn);
                }
                int late = units(dueDate, closedOn);
                explain.step("Closed on " + day(closedOn) + ": " + late + " " + statusUnit.words() + " late");
                return new Status.ClosedLate(closedOn, late, statusUnit);
            }
            if (asOf.isBefore(dueDate)) {
                int remaining = units(asOf, dueDate);
                explain.step("As of " + day(asOf) + ": open, " + remaining + " " + statusUnit.words()
                        + " remaining up to and including the due date");
                return new Status.Open(remaining, statusUnit);
            }
            if (asOf.equals(dueDate)) {
                explain.step("As of " + day(asOf) + ": due today");
                return new Status.Due(dueDate);
            }
            int late = units(dueDate, asOf);
            explain.step("As of " + day(asOf) + ": overdue by " + late + " " + statusUnit.words());
            return new Status.Overdue(late, statusUnit);
        }

        private Status waitingStatus() {
            Map.Entry<EventType, LocalDate> first = new LinkedHashMap<>(waiting).entrySet().iterator().next();
            LocalDate since = first.getValue();
            if (first.getKey() == EventType.FEES_NOTICE) {
                LocalDate lapses = since.plusMonths(3);
                if (closedOn == null && !asOf.isBefore(lapses)) {
                    explain.step("Fees notice given on " + day(since) + " and not paid within three months: the request "
                            + "lapsed on " + day(lapses), Regimes.FOIA_S9_2);
                    return new Status.Lapsed(lapses, "fee not paid within three months of the fees notice");
                }
                explain.step("Fees notice given on " + day(since) + ": no clock runs until the fee is paid (the request "
                        + "lapses if it is unpaid on " + day(lapses) + ")", Regimes.FOIA_S9_2);
            } else if (first.getKey() == EventType.CLARIFICATION_REQUESTED && options.unansweredClarification() != null
                    && regime.clarification() == ClockEffect.RESTART) {
                LocalDate lapses = since.plus(options.unansweredClarification());
                if (closedOn == null && !asOf.isBefore(lapses)) {
                    explain.step("Clarification asked on " + day(since) + " was not answered by " + day(lapses)
                            + ": treated as lapsed (option U12, ICO practice, not statute)");
                    return new Status.Lapsed(lapses, "clarification not received");
                }
            }
            String awaiting = awaitingWords(first.getKey());
            if (closedOn != null) {
                explain.step("Closed on " + day(closedOn) + " while awaiting " + awaiting + ": no deadline was running");
                return new Status.ClosedOnTime(closedOn);
            }
            explain.step("Awaiting " + awaiting + " asked for on " + day(since) + ": no deadline runs until it arrives"
                    + (regime.clarification() == ClockEffect.PAUSE && first.getKey() == EventType.CLARIFICATION_REQUESTED
                    ? " (the clock is paused)" : ""), restartCitation());
            return new Status.Paused(awaiting, since);
        }

        private String awaitingWords(EventType request) {
            switch (request) {
                case CLARIFICATION_REQUESTED:
                    return "clarification";
                case ID_REQUESTED:
                    return "proof of identity";
                case FEE_REQUESTED:
                case FEES_NOTICE:
                    return "the fee";
                default:
                    return "further information";
            }
        }

        /** Units in (from, to]. */
        private int units(LocalDate fromExclusive, LocalDate toInclusive) {
            if (statusUnit == PeriodUnit.CALENDAR_DAYS || statusIndex == null) {
                return (int) ChronoUnit.DAYS.between(fromExclusive, toInclusive);
            }
            DateRange range = statusIndex.range();
            LocalDate from = maxOf(fromExclusive, range.startInclusive());
            LocalDate to = toInclusive.isAfter(range.endInclusive()) ? range.endInclusive() : toInclusive;
            return statusIndex.countBetween(from, to);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private DayIndex schoolIndex(SchoolCalendar school, WorkingDays workingDays) {
        SchoolKey key = new SchoolKey(school, workingDays == null ? null : workingDays.rule(),
                workingDays == null ? "" : workingDays.calendar().version());
        DayIndex found = schoolIndexes.get(key);
        if (found != null) {
            return found;
        }
        if (schoolIndexes.size() > SCHOOL_CACHE_LIMIT) {
            schoolIndexes.clear();
        }
        DateRange supported = BankHolidayCalendar.SUPPORTED;
        LocalDate from = maxOf(school.firstDay().minusYears(1), supported.startInclusive());
        LocalDate to = school.lastDay().plusYears(1);
        to = to.isAfter(supported.endInclusive()) ? supported.endInclusive() : to;
        DayIndex index = DayIndex.of(DateRange.ofClosed(from, to),
                date -> school.isSessionDay(date) && (workingDays == null || workingDays.isWorkingDay(date)));
        schoolIndexes.put(key, index);
        return index;
    }

    /** The {@code n}th member of {@code index} after {@code dayZero}, skipping members inside the windows. */
    static Optional<LocalDate> plus(DayIndex index, LocalDate dayZero, int n, List<DateRange> disregarded) {
        DateRange range = index.range();
        if (dayZero.isAfter(range.endInclusive())) {
            return Optional.empty();
        }
        LocalDate cursor = maxOf(dayZero, range.startInclusive());
        int remaining = n;
        List<DateRange> windows = new ArrayList<>(disregarded);
        windows.sort((a, b) -> a.startInclusive().compareTo(b.startInclusive()));
        for (DateRange window : windows) {
            if (!window.endInclusive().isAfter(cursor)) {
                continue;
            }
            LocalDate windowStart = window.startInclusive().isAfter(cursor) ? window.startInclusive() : cursor.plusDays(1);
            int before = index.countBetween(cursor, windowStart.minusDays(1));
            if (before >= remaining) {
                return index.findPlus(cursor, remaining);
            }
            remaining -= before;
            if (window.endInclusive().isAfter(range.endInclusive())) {
                return Optional.empty();
            }
            cursor = window.endInclusive();
        }
        return index.findPlus(cursor, remaining);
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** " (5-6 Oct, 12-13 Oct 2024)": the weekend days in (fromExclusive, toInclusive], by weekend, computed. */
    static String weekendList(LocalDate fromExclusive, LocalDate toInclusive) {
        StringBuilder text = new StringBuilder();
        LocalDate day = fromExclusive.plusDays(1);
        int toSaturday = (java.time.DayOfWeek.SATURDAY.getValue() - day.getDayOfWeek().getValue() + 7) % 7;
        if (day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY && !day.isAfter(toInclusive)) {
            text.append(day.getDayOfMonth()).append(' ').append(MONTH_NAMES[day.getMonthValue() - 1], 0, 3);
            toSaturday = 6;
        }
        for (LocalDate saturday = day.plusDays(toSaturday); !saturday.isAfter(toInclusive); saturday = saturday.plusDays(7)) {
            if (text.length() > 0) {
                text.append(", ");
            }
            LocalDate sunday = saturday.plusDays(1);
            text.append(saturday.getDayOfMonth());
            if (!sunday.isAfter(toInclusive)) {
                if (sunday.getMonthValue() != saturday.getMonthValue()) {
                    text.append(' ').append(MONTH_NAMES[saturday.getMonthValue() - 1], 0, 3);
                }
                text.append('-').append(sunday.getDayOfMonth());
                text.append(' ').append(MONTH_NAMES[sunday.getMonthValue() - 1], 0, 3);
            } else {
                text.append(' ').append(MONTH_NAMES[saturday.getMonthValue() - 1], 0, 3);
            }
        }
        return text.length() == 0 ? "" : " (" + text + " " + toInclusive.getYear() + ")";
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    static String describeHolidays(List<BankHoliday> holidays, WorkingDayRule rule) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (BankHoliday holiday : holidays) {
            if (rule.excludesHolidaysOf(holiday.division())) {
                byName.computeIfAbsent(holiday.name(), n -> new ArrayList<>()).add(holiday.division().displayName());
            }
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : byName.entrySet()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            List<String> places = entry.getValue();
            text.append(entry.getKey()).append(", a bank holiday in ");
            if (places.size() == Division.values().length) {
                text.append("every part of the UK");
            } else {
                text.append(joinAnd(places)).append(places.size() == 1 && rule == WorkingDayRule.ANY_UK_DIVISION
                        ? " only (a bank holiday in any part of the UK is not a working day)" : "");
            }
        }
        return text.toString();
    }

    private static String joinAnd(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
