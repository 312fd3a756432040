package org.igkit.bench.assurance;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.igkit.assurance.csvimport.AssuranceImport;
import org.igkit.assurance.csvimport.CompletionCsv;
import org.igkit.assurance.csvimport.StaffCsv;
import org.igkit.assurance.register.AssuranceOptions;
import org.igkit.assurance.register.AssuranceRegister;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.assurance.training.TrainingCompliance;
import org.igkit.assurance.training.TrainingRule;
import org.igkit.core.csv.CsvReader;
import org.igkit.core.memory.InMemoryAuditLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A council's HR export of {@code staff} rows (default 100,000) imported four ways, in one run so that the ratios
 * hold on a busy machine: {@link #parseOnly} (the baseline: the CSV read by the same reader, fields counted, no
 * values built), {@link #parseToValues} (every row checked and turned into a {@code StaffMember}),
 * {@link #importIntoRegister} (parsed, checked against the register and saved as one audited batch into the in-memory
 * ports), and {@link #complianceOverStaff} (training compliance over the whole staff list with one completion each).
 *
 * <pre>java -jar ig-bench/target/benchmarks.jar 'assurance.StaffImport.*' -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class StaffImportBenchmark {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate AS_OF = LocalDate.of(2025, 10, 1);
    private static final Course DP = Course.mandatory("dp", "Data protection", Period.ofMonths(12),
            NewStarterDeadline.byProbationEnd());

    /** How many staff rows the export holds. */
    @Param("100000")
    public int staff;

    private String staffCsv;
    private List<StaffMember> members;
    private List<Completion> completions;
    private AssuranceRegister register;

    /** Writes the export once. */
    @Setup(Level.Trial)
    public void writeExport() {
        StringBuilder csv = new StringBuilder("id,name,team,startedOn,probationEndsOn,leftOn,roles\r\n");
        StringBuilder done = new StringBuilder("staffId,courseId,completedOn\r\n");
        for (int i = 0; i < staff; i++) {
            LocalDate start = LocalDate.of(2000, 1, 3).plusDays((i * 7919L) % 9000);
            csv.append("E").append(i).append(",\"Surname").append(i).append(", Forename\",Team ").append(i % 40)
                    .append(',').append(start).append(',').append(i % 10 == 0 ? start.plusMonths(6).toString() : "")
                    .append(',').append(i % 25 == 0 ? start.plusYears(3).toString() : "").append(',')
                    .append(i % 7 == 0 ? "dsl;iao" : "").append("\r\n");
            done.append('E').append(i).append(",dp,").append(AS_OF.minusDays(i % 500)).append("\r\n");
        }
        staffCsv = csv.toString();
        members = StaffCsv.parse(new StringReader(staffCsv));
        completions = CompletionCsv.parse(new StringReader(done.toString()));
    }

    /** A fresh, empty register (with the course) before each import. */
    @Setup(Level.Invocation)
    public void freshRegister() {
        register = AssuranceRegister.inMemory(InMemoryAuditLog.create(),
                AssuranceOptions.defaultsFor(OrganisationProfile.of(OrganisationProfile.Type.COUNTY_OR_UNITARY_COUNCIL)),
                CLOCK);
        register.training().saveCourse(DP, "bench");
    }

    /** The baseline: the same CSV read by the same reader, no values built. */
    @Benchmark
    public long parseOnly() {
        return CsvReader.of(new StringReader(staffCsv)).records().mapToLong(r -> r.size()).sum();
    }

    /** Every row checked and built into a staff member. */
    @Benchmark
    public List<StaffMember> parseToValues() {
        return StaffCsv.parse(new StringReader(staffCsv));
    }

    /** Parsed, checked and saved as one audited batch. */
    @Benchmark
    public AssuranceImport.Result importIntoRegister() {
        return AssuranceImport.into(register).staff(new StringReader(staffCsv), "hr-export", "bench");
    }

    /** Training compliance over the whole staff list. */
    @Benchmark
    public TrainingCompliance complianceOverStaff() {
        return TrainingRule.withDefaults().compliance(List.of(DP), members, new ArrayList<>(completions), AS_OF);
    }
}
