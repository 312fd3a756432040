package org.igkit.bench.retention;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.evaluation.BatchEvaluation;
import org.igkit.retention.evaluation.BatchSummary;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluates a lazily generated stream of 10 million records (every entry of the school sample in turn) in one
 * pass, in a JVM limited to 64 MB of heap: it finishes only if the evaluation holds no per-record state. After the
 * run it prints the peak heap used ("max heap used: N MB", the sum of the heap pools' peaks). Run it with, e.g.:
 *
 * <pre>java -jar ig-bench/target/benchmarks.jar 'retention.RecordStream.*' -jvmArgsAppend -Xmx32m</pre>
 *
 * and lower {@code records} with {@code -p records=1000000} for a smoke run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms16m"})
public class RecordStreamBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 9);

    /** How many records the stream yields. */
    @Param("10000000")
    public long records;

    private BatchEvaluation batch;
    private EntryRef[] refs;
    private String[] factNames;

    /** Sets up the entries once; records are generated on the fly. */
    @Setup
    public void setUp() {
        Schedule school = SampleSchedules.school();
        List<ScheduleEntry> current = school.entriesOn(AS_OF);
        Map<EntryRef, ScheduleEntry> byRef = current.stream()
                .collect(Collectors.toMap(e -> school.refOf(e.id()), Function.identity()));
        refs = current.stream().map(e -> school.refOf(e.id())).toArray(EntryRef[]::new);
        factNames = current.stream().map(e -> e.rule().factNames().stream().filter(n -> !n.equals("allegations")
                && !n.equals("majorIncident")).sorted().findFirst().orElse("none")).toArray(String[]::new);
        batch = BatchEvaluation.of(RetentionCalculator.ukDefaults(), byRef::get, id -> List.of());
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** One pass over the whole stream. */
    @Benchmark
    public BatchSummary summariseStream() {
        Stream<RetainedRecord> stream = LongStream.range(0, records).mapToObj(this::record);
        return batch.summarise(stream, AS_OF);
    }

    private RetainedRecord record(long i) {
        int k = (int) (i % refs.length);
        LocalDate date = LocalDate.ofEpochDay(LocalDate.of(1990, 1, 1).toEpochDay() + (i * 7919) % 15000);
        RecordFacts facts = factNames[k].equals("none") ? RecordFacts.none()
                : RecordFacts.ofDates(Map.of(factNames[k], date));
        return RetainedRecord.of("R-" + i, refs[k], facts);
    }

    /** Prints the peak heap used during the run. */
    @TearDown
    public void reportHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("max heap used: %d MB (sum of heap pool peaks; -Xmx %d MB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
