package org.igkit.bench.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.igkit.core.Nation;
import org.igkit.requests.calendar.BankHoliday;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.WorkingDayRule;
import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DeadlineQuery;
import org.igkit.requests.engine.DeadlineResult;
import org.igkit.requests.regime.RegimeId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * FOIA due dates (20 working days, UK-wide holidays) for receipts spread over 2015-2028, three ways over the same
 * calendar version: the one-off index, a day-by-day loop asking the calendar for each day's holidays (what
 * Alaveteli and most spreadsheets do), and a day-by-day loop over the index's own predicate (the cheapest loop
 * possible, to show the index wins on arithmetic, not on lookups). Plus the full engine: FOIA and SAR answers
 * with status and explanation, per second on one thread.
 *
 * <p>Run: {@code java -jar ig-bench/target/benchmarks.jar 'requests.*'}; compare {@code indexedDueDate} with the
 * two {@code dayByDay*} scores for the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DeadlineBenchmark {
    private static final int RECEIPTS = 4096;
    private static final int PERIOD = 20;
    private static final LocalDate SAR_FROM = LocalDate.of(2019, 1, 1);

    private BankHolidayCalendar calendar;
    private WorkingDays foia;
    private DeadlineEngine engine;
    private LocalDate[] receipts;
    private DeadlineQuery[] foiaQueries;
    private DeadlineQuery[] sarQueries;
    private int next;

    @Setup
    public void setUp() {
        calendar = BankHolidayCalendar.shipped();
        foia = calendar.workingDays(WorkingDayRule.ANY_UK_DIVISION);
        engine = DeadlineEngine.of(calendar, Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
        SplittableRandom random = new SplittableRandom(42);
        long first = LocalDate.of(2015, 1, 1).toEpochDay();
        long last = LocalDate.of(2028, 10, 31).toEpochDay();
        receipts = new LocalDate[RECEIPTS];
        foiaQueries = new DeadlineQuery[RECEIPTS];
        sarQueries = new DeadlineQuery[RECEIPTS];
        Nation[] nations = Nation.values();
        for (int i = 0; i < RECEIPTS; i++) {
            receipts[i] = LocalDate.ofEpochDay(random.nextLong(first, last));
            LocalDate asOf = receipts[i].plusDays(random.nextInt(0, 60));
            foiaQueries[i] = DeadlineQuery.of(RegimeId.FOIA, Nation.ENGLAND, receipts[i]).withAsOf(asOf);
            // subject access applies from 25 May 2018, so its receipts are moved into 2019-2028
            LocalDate sarReceipt = receipts[i].isBefore(SAR_FROM) ? receipts[i].plusYears(4) : receipts[i];
            sarQueries[i] = DeadlineQuery.of(RegimeId.UKGDPR_SAR, nations[i % nations.length], sarReceipt)
                    .withAsOf(sarReceipt.plusDays(random.nextInt(0, 60)));
        }
        for (int i = 0; i < RECEIPTS; i++) {
            engine.calculate(foiaQueries[i]);
            engine.calculate(sarQueries[i]);
        }
        // the three ways must agree before their speed means anything
        for (LocalDate receipt : receipts) {
            LocalDate indexed = foia.plusWorkingDays(receipt, PERIOD);
            if (!indexed.equals(dayByDayOverHolidayLookups(receipt)) || !indexed.equals(dayByDayOverPredicate(receipt))) {
                throw new IllegalStateException("index and loops disagree for " + receipt);
            }
        }
    }

    private int nextIndex() {
        next = (next + 1) & (RECEIPTS - 1);
        return next;
    }

    /** The one-off index: two array reads. */
    @Benchmark
    public LocalDate indexedDueDate() {
        return foia.plusWorkingDays(receipts[nextIndex()], PERIOD);
    }

    /** Day by day, asking the calendar for each day's holidays. */
    @Benchmark
    public LocalDate dayByDayDueDate() {
        return dayByDayOverHolidayLookups(receipts[nextIndex()]);
    }

    /** Day by day over the index's own working-day predicate. */
    @Benchmark
    public LocalDate dayByDayOverIndexPredicate() {
        return dayByDayOverPredicate(receipts[nextIndex()]);
    }

    /** A full FOIA answer: due date, latest date, status, explanation, calendar version. */
    @Benchmark
    public DeadlineResult explainedFoiaAnswer() {
        return engine.calculate(foiaQueries[nextIndex()]);
    }

    /** A full FOIA answer whose explanation is then read as text, as the REST answer and toString read it. */
    @Benchmark
    public String renderedFoiaAnswer() {
        return engine.calculate(foiaQueries[nextIndex()]).explanation().toString();
    }

    /** A full subject-access answer for a random nation. */
    @Benchmark
    public DeadlineResult explainedSarAnswer() {
        return engine.calculate(sarQueries[nextIndex()]);
    }

    private LocalDate dayByDayOverHolidayLookups(LocalDate dayZero) {
        LocalDate day = dayZero;
        int counted = 0;
        while (counted < PERIOD) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            boolean holiday = false;
            for (BankHoliday h : calendar.holidaysOn(day)) {
                holiday |= WorkingDayRule.ANY_UK_DIVISION.excludesHolidaysOf(h.division());
            }
            if (!holiday) {
                counted++;
            }
        }
        return day;
    }

    private LocalDate dayByDayOverPredicate(LocalDate dayZero) {
        LocalDate day = dayZero;
        int counted = 0;
        while (counted < PERIOD) {
            day = day.plusDays(1);
            if (foia.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
