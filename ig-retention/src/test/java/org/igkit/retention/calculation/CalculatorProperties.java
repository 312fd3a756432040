package org.igkit.retention.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.review.Review;
import org.igkit.retention.rule.Offset;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.ScheduleEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded properties over the sample schedules' entries: holds never move a date; reviews never bring it earlier. */
class CalculatorProperties {
    private static final int CASES = 4000;
    private static final RetentionCalculator CALCULATOR = RetentionCalculator.ukDefaults();
    private static final List<ScheduleEntry> ENTRIES = entries();

    static Stream<Long> seeds() {
        return LongStream.of(1L, 20261121L, 99991L).boxed();
    }

    @ParameterizedTest(name = "a hold never moves a due date, seed {0}")
    @MethodSource("seeds")
    void aHoldNeverMovesTheDueDate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            ScheduleEntry entry = ENTRIES.get(random.nextInt(ENTRIES.size()));
            RecordFacts facts = facts(random, entry);
            LocalDate asOf = date(random, 2000, 2080);
            List<Review> reviews = reviews(random);
            RetentionResult free = CALCULATOR.assess(entry, facts, List.of(), reviews, asOf);
            List<LegalHold> holds = new ArrayList<>();
            for (int h = 0; h <= random.nextInt(3); h++) {
                LocalDate placed = date(random, 2000, 2080);
                holds.add(LegalHold.of("H" + h, "claim", placed, random.nextBoolean() ? null : placed.plusDays(random.nextInt(4000))));
            }
            RetentionResult held = CALCULATOR.assess(entry, facts, holds, reviews, asOf);
            assertThat(held.dueDate()).isEqualTo(free.dueDate());
            assertThat(held.missingFacts()).isEqualTo(free.missingFacts());
            assertThat(held.eligibleNow()).isEqualTo(free.eligibleNow() && held.holdsInForce().isEmpty());
            assertThat(held.status() == Status.HELD).isEqualTo(free.isDue() && !held.holdsInForce().isEmpty());
        }
    }

    @ParameterizedTest(name = "a review never brings a due date earlier, seed {0}")
    @MethodSource("seeds")
    void aReviewNeverBringsTheDateEarlier(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES; i++) {
            ScheduleEntry entry = ENTRIES.get(random.nextInt(ENTRIES.size()));
            RecordFacts facts = facts(random, entry);
            LocalDate asOf = date(random, 2000, 2080);
            RetentionResult without = CALCULATOR.assess(entry, facts, List.of(), List.of(), asOf);
            RetentionResult with = CALCULATOR.assess(entry, facts, List.of(), reviews(random), asOf);
            assertThat(with.status() == Status.PENDING).isEqualTo(without.status() == Status.PENDING);
            assertThat(with.status() == Status.PERMANENT).isEqualTo(without.status() == Status.PERMANENT);
            if (without.dueDate() != null) {
                assertThat(with.dueDate()).isAfterOrEqualTo(without.dueDate());
            }
        }
    }

    private static List<Review> reviews(SplittableRandom random) {
        List<Review> reviews = new ArrayList<>();
        for (int k = 0; k < random.nextInt(3); k++) {
            LocalDate on = date(random, 2000, 2080);
            switch (random.nextInt(4)) {
                case 0:
                    reviews.add(Review.extend(on, Offset.of(random.nextInt(10), random.nextInt(12), 1 + random.nextInt(30)), "r"));
                    break;
                case 1:
                    reviews.add(Review.extendUntil(on, on.plusDays(1 + random.nextInt(5000)), "r"));
                    break;
                case 2:
                    reviews.add(Review.dispose(on, "r"));
                    break;
                default:
                    reviews.add(Review.transferToArchives(on, "r"));
            }
        }
        return reviews;
    }

    private static RecordFacts facts(SplittableRandom random, ScheduleEntry entry) {
        RecordFacts facts = RecordFacts.none();
        for (String name : entry.rule().factNames()) {
            int pick = random.nextInt(6);
            if (pick == 0) {
                continue;
            }
            if (name.equals("allegations") || name.equals("majorIncident")) {
                facts = facts.withFlag(name, random.nextBoolean());
            } else {
                facts = facts.withDate(name, date(random, 1940, 2060));
            }
        }
        return facts;
    }

    private static LocalDate date(SplittableRandom random, int fromYear, int toYear) {
        return LocalDate.ofEpochDay(random.nextLong(LocalDate.of(fromYear, 1, 1).toEpochDay(), LocalDate.of(toYear, 1, 1).toEpochDay()));
    }

    private static List<ScheduleEntry> entries() {
        List<ScheduleEntry> all = new ArrayList<>();
        for (Schedule s : List.of(SampleSchedules.school(), SampleSchedules.council())) {
            all.addAll(s.entries());
        }
        return all;
    }
}
