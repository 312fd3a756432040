package org.igkit.requests.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The O(1) index agrees with the statute's day-by-day count, for thousands of seeded random cases. */
class WorkingDayIndexProperties {
    private static final BankHolidayCalendar CALENDAR = BankHolidayCalendar.shipped();
    private static final int CASES_PER_SEED = 500;
    private static final long FIRST = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2097, 12, 31).toEpochDay();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10).map(i -> 0x5EED_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingNThenCountingBetweenGivesN(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            WorkingDays days = CALENDAR.workingDays(WorkingDayRule.values()[random.nextInt(WorkingDayRule.values().length)]);
            LocalDate start = LocalDate.ofEpochDay(random.nextLong(FIRST, LAST));
            int n = random.nextInt(0, 400);
            LocalDate end = days.plusWorkingDays(start, n);
            assertThat(days.countWorkingDays(start, end)).as("seed %d case %d: %s + %d", seed, i, start, n).isEqualTo(n);
            if (n > 0) {
                assertThat(days.isWorkingDay(end)).as("seed %d case %d: %s + %d", seed, i, start, n).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theIndexAgreesWithADayByDayWalk(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            WorkingDayRule rule = WorkingDayRule.values()[random.nextInt(WorkingDayRule.values().length)];
            WorkingDays days = CALENDAR.workingDays(rule);
            LocalDate start = LocalDate.ofEpochDay(random.nextLong(FIRST, LAST));
            int n = random.nextInt(1, 80);
            assertThat(days.plusWorkingDays(start, n)).as("seed %d case %d: %s %s + %d", seed, i, rule, start, n)
                    .isEqualTo(walk(rule, start, n));
        }
    }

    /** The statute's method, literally: step a day at a time, count the days that are not excluded. */
    private static LocalDate walk(WorkingDayRule rule, LocalDate dayZero, int n) {
        LocalDate day = dayZero;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            boolean holiday = CALENDAR.holidaysOn(day).stream().anyMatch(h -> rule.excludesHolidaysOf(h.division()));
            if (!weekend && !holiday) {
                counted++;
            }
        }
        return day;
    }
}
