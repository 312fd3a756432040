package org.igkit.bench.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.rule.RuleEvaluator;
import org.igkit.retention.rule.RuleValue;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;
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
 * Rule evaluations per second on one thread, over a fixed mix of every rule of the two sample schedules with
 * random facts (about one in eight facts missing, so PENDING paths are exercised too). Goal: at least 5 million
 * evaluations per second per core for {@code evaluateRule} and {@code assessRecord}.
 *
 * <pre>java -jar ig-bench/target/benchmarks.jar 'retention.RuleEvaluation.*'</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RuleEvaluationBenchmark {
    private static final int MIX = 4096;
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 9);

    private ScheduleEntry[] entries;
    private RecordFacts[] facts;
    private RuleEvaluator evaluator;
    private RetentionCalculator calculator;
    private int next;

    /** Builds the mix once per trial, from a fixed seed. */
    @Setup
    public void setUp() {
        List<ScheduleEntry> all = new ArrayList<>();
        for (Schedule s : List.of(SampleSchedules.school(), SampleSchedules.council())) {
            all.addAll(s.entries());
        }
        SplittableRandom random = new SplittableRandom(20261121L);
        entries = new ScheduleEntry[MIX];
        facts = new RecordFacts[MIX];
        for (int i = 0; i < MIX; i++) {
            ScheduleEntry entry = all.get(i % all.size());
            RecordFacts f = RecordFacts.none();
            for (String name : entry.rule().factNames()) {
                if (random.nextInt(8) == 0) {
                    continue;
                }
                if (name.equals("allegations") || name.equals("majorIncident")) {
                    f = f.withFlag(name, random.nextBoolean());
                } else {
                    f = f.withDate(name, LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1950, 1, 1).toEpochDay(),
                            LocalDate.of(2030, 1, 1).toEpochDay())));
                }
            }
            entries[i] = entry;
            facts[i] = f;
        }
        evaluator = RuleEvaluator.using(org.igkit.retention.rule.RetentionCalendar.ukDefaults());
        calculator = RetentionCalculator.ukDefaults();
    }

    /** The rule alone: the date, never, or unknown with its missing facts. */
    @Benchmark
    public RuleValue evaluateRule() {
        int i = next++ & (MIX - 1);
        return evaluator.evaluate(entries[i].rule(), facts[i]);
    }

    /** The calculator's full answer without the explanation text (what batch evaluation does per record). */
    @Benchmark
    public RetentionResult assessRecord() {
        int i = next++ & (MIX - 1);
        return calculator.assess(entries[i], facts[i], List.of(), List.of(), AS_OF);
    }

    /** The full answer with its cited explanation (what the REST calculator does per request). */
    @Benchmark
    public RetentionResult calculateExplained() {
        int i = next++ & (MIX - 1);
        return calculator.calculate(entries[i], facts[i], List.of(), List.of(), AS_OF);
    }
}
