package org.igkit.requests.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.igkit.core.Nation;
import org.igkit.requests.calendar.WorkingDayRule;
import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.HolidaySource;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties users rely on, each over thousands of seeded random requests. */
class DeadlineProperties {
    private static final DeadlineEngine ENGINE = RequestAssert.ENGINE;
    private static final int CASES_PER_SEED = 400;
    private static final List<RegimeId> WORKING_DAY_REGIMES = List.of(RegimeId.FOIA, RegimeId.FOIA_PUBLIC_RECORDS,
            RegimeId.FOIA_INTERNAL_REVIEW, RegimeId.EIR, RegimeId.EIR_RECONSIDERATION, RegimeId.RPSI_2015,
            RegimeId.FOISA, RegimeId.FOISA_REVIEW, RegimeId.EISR, RegimeId.EISR_REVIEW);
    private static final List<RegimeId> ALL_WITHOUT_SCHOOLS = List.of(RegimeId.FOIA, RegimeId.FOIA_PUBLIC_RECORDS,
            RegimeId.FOIA_INTERNAL_REVIEW, RegimeId.EIR, RegimeId.EIR_RECONSIDERATION, RegimeId.RPSI_2015,
            RegimeId.FOISA, RegimeId.FOISA_REVIEW, RegimeId.EISR, RegimeId.EISR_REVIEW, RegimeId.UKGDPR_SAR,
            RegimeId.DPA2018_PART3_SAR, RegimeId.AHRA_1990_21D, RegimeId.AHRA_1990_40D);
    private static final long FIRST = LocalDate.of(2019, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2035, 12, 31).toEpochDay();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8).map(i -> 0xDEAD_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aWorkingDayDueDateIsAWorkingDay(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            RegimeId regime = pick(random, WORKING_DAY_REGIMES);
            DeadlineResult result = ENGINE.calculate(DeadlineQuery.of(regime, nation(random), date(random)));
            WorkingDayRule rule = result.regimeVersion().holidays() == HolidaySource.SCOTLAND ? WorkingDayRule.SCOTLAND
                    : WorkingDayRule.ANY_UK_DIVISION;
            WorkingDays days = ENGINE.calendar().workingDays(rule);
            assertThat(days.isWorkingDay(result.dueDate())).as("seed %d case %d: %s", seed, i, result).isTrue();
            assertThat(days.isWorkingDay(result.latestDueDate())).as("seed %d case %d", seed, i).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSubjectAccessDueDateIsAWorkingDayOfTheControllersNation(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            Nation nation = nation(random);
            DeadlineResult result = ENGINE.calculate(DeadlineQuery.of(RegimeId.UKGDPR_SAR, nation, date(random)));
            WorkingDays days = ENGINE.calendar().workingDays(WorkingDayRule.of(
                    org.igkit.requests.calendar.Division.of(nation)));
            assertThat(days.isWorkingDay(result.dueDate())).as("seed %d case %d: %s", seed, i, result).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aLaterReceiptNeverGivesAnEarlierDueDate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            RegimeId regime = pick(random, ALL_WITHOUT_SCHOOLS);
            Nation nation = nation(random);
            LocalDate earlier = date(random);
            LocalDate later = earlier.plusDays(random.nextInt(0, 10));
            LocalDate first = ENGINE.calculate(DeadlineQuery.of(regime, nation, earlier)).dueDate();
            LocalDate second = ENGINE.calculate(DeadlineQuery.of(regime, nation, later)).dueDate();
            assertThat(second).as("seed %d case %d: %s %s %s then %s", seed, i, regime, nation, earlier, later)
                    .isAfterOrEqualTo(first);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aPauseOrRestartNeverShortensADeadline(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            RegimeId regime = pick(random, List.of(RegimeId.FOIA, RegimeId.EIR, RegimeId.FOISA, RegimeId.UKGDPR_SAR,
                    RegimeId.AHRA_1990_40D));
            Nation nation = nation(random);
            LocalDate received = date(random);
            LocalDate asked = received.plusDays(random.nextInt(0, 20));
            LocalDate answered = asked.plusDays(random.nextInt(0, 20));
            DeadlineQuery plain = DeadlineQuery.of(regime, nation, received);
            List<RequestEvent> events = pauseEvents(regime, random, asked, answered);
            LocalDate without = ENGINE.calculate(plain).dueDate();
            LocalDate with = ENGINE.calculate(plain.withEvents(events)).dueDate();
            assertThat(with).as("seed %d case %d: %s %s %s", seed, i, regime, received, events).isAfterOrEqualTo(without);
        }
    }

    private static List<RequestEvent> pauseEvents(RegimeId regime, SplittableRandom random, LocalDate asked,
                                                  LocalDate answered) {
        switch (regime) {
            case AHRA_1990_40D:
                return List.of(RequestEvent.of(EventType.FURTHER_INFO_REQUESTED, asked),
                        RequestEvent.of(EventType.FURTHER_INFO_RECEIVED, answered));
            case FOIA:
                if (random.nextBoolean()) {
                    return List.of(RequestEvent.of(EventType.FEES_NOTICE, asked), RequestEvent.of(EventType.FEE_PAID, answered));
                }
                return List.of(RequestEvent.of(EventType.CLARIFICATION_REQUESTED, asked),
                        RequestEvent.of(EventType.CLARIFICATION_RECEIVED, answered));
            case UKGDPR_SAR:
                if (random.nextBoolean()) {
                    return List.of(RequestEvent.of(EventType.ID_REQUESTED, asked), RequestEvent.of(EventType.ID_RECEIVED, answered));
                }
                return List.of(RequestEvent.of(EventType.CLARIFICATION_REQUESTED, asked),
                        RequestEvent.of(EventType.CLARIFICATION_RECEIVED, answered));
            default:
                return List.of(RequestEvent.of(EventType.CLARIFICATION_REQUESTED, asked),
                        RequestEvent.of(EventType.CLARIFICATION_RECEIVED, answered));
        }
    }

    private static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static Nation nation(SplittableRandom random) {
        return Nation.values()[random.nextInt(Nation.values().length)];
    }

    private static LocalDate date(SplittableRandom random) {
        return LocalDate.ofEpochDay(random.nextLong(FIRST, LAST));
    }
}
