package org.igkit.examples.hr;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.igkit.core.explain.Explanation;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.disposal.WithheldDisposal;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.sweep.DisposalService;

/**
 * Example 1: an HR system embedding the retention engine in-process, over its own storage.
 *
 * <p>It loads the sample council schedule into {@link HrRetentionStore}, files five leavers' records under the
 * schedule's HR entries (employee personal file: {@code employmentEnded + 6y}; staff record summary:
 * {@code later(employmentEnded + 6y, dateOfBirth + 70y)}), evaluates each, places a legal hold for an employment
 * tribunal claim, sweeps what is due into a disposal batch, has it approved, receives a subject access request that
 * puts a second hold on one candidate after approval, executes the batch and prints the certificate.
 *
 * <p>The clock is fixed at 9:00 on 9 May 2026 (London) so the output is the same on every run; a real system passes
 * {@code Clock.systemUTC()}. Run it from the repository root with
 * {@code ./mvnw -q -pl ig-examples -am package -DskipTests -Dexample=hr}.
 */
public final class HrRetentionExample {
    /** When the example pretends to run. */
    public static final ZonedDateTime RUN_AT = ZonedDateTime.of(2026, 5, 9, 9, 0, 0, 0, ZoneId.of("Europe/London"));

    private HrRetentionExample() {
    }

    /** Runs the example on {@link #RUN_AT}, printing to standard output. */
    public static void main(String[] args) {
        run(System.out, Clock.fixed(RUN_AT.toInstant(), RUN_AT.getZone()));
    }

    /** Runs the example with the given clock, printing to {@code out}. */
    public static void run(PrintStream out, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        HrRetentionStore store = HrRetentionStore.create();
        InMemoryAuditLog audit = InMemoryAuditLog.create();
        RetentionCalculator calculator = RetentionCalculator.ukDefaults();
        RetentionPorts ports = RetentionPorts.of(store.records(), store.schedules(), store.holds(), store.batches(),
                audit);
        RetentionRegister register = RetentionRegister.over(ports, calculator, clock);
        DisposalService disposals = DisposalService.over(ports, calculator, clock);

        Schedule schedule = store.schedules().save(SampleSchedules.council());
        EntryRef personalFile = schedule.refOf("HR-1");
        EntryRef recordSummary = schedule.refOf("HR-2");
        out.println("Loaded schedule '" + schedule.title() + "' (" + schedule.entries().size() + " entry versions)");
        out.println("  HR-1 " + schedule.findEntry("HR-1", today).orElseThrow().title());
        out.println("  HR-2 " + schedule.findEntry("HR-2", today).orElseThrow().title());
        out.println();

        out.println("Filing five leavers' records on " + today);
        register.file("E-1001", personalFile, RecordFacts.none().withDate("employmentEnded", LocalDate.of(2018, 3, 31)), "hr-system");
        register.file("E-1002", personalFile, RecordFacts.none().withDate("employmentEnded", LocalDate.of(2019, 8, 15)), "hr-system");
        register.file("E-1003", personalFile, RecordFacts.none().withDate("employmentEnded", LocalDate.of(2023, 1, 31)), "hr-system");
        register.file("E-1004", recordSummary, RecordFacts.none().withDate("employmentEnded", LocalDate.of(2017, 6, 30))
                .withDate("dateOfBirth", LocalDate.of(1950, 2, 10)), "hr-system");
        register.file("E-1005", recordSummary, RecordFacts.none().withDate("employmentEnded", LocalDate.of(2016, 9, 30)), "hr-system");

        LegalHold tribunal = register.placeHold(LegalHold.placed("H-ET-2026-14", "E-1002",
                "Employment tribunal claim 2026/14", "legal services", today.minusDays(20)), "legal-services");
        out.println("Hold " + tribunal.id() + " placed on " + tribunal.recordId() + ": " + tribunal.reason());
        out.println();

        for (String id : List.of("E-1001", "E-1002", "E-1003", "E-1004", "E-1005")) {
            out.println(describe(id, register.calculate(id, today)));
        }
        out.println();
        out.println("Why E-1004 is due:");
        printExplanation(out, register.calculate("E-1004", today).explanation());
        out.println();

        DisposalBatch batch = disposals.sweep("DB-2026-05", today, "records-manager").batch();
        out.println("Sweep " + batch.id() + " proposes " + batch.candidates().size() + " records:");
        batch.candidates().forEach(c -> out.println("  " + c.recordId() + " " + c.entry() + " " + c.action()
                + " (due " + c.dueDate() + ", rule " + c.ruleText() + ")"));
        batch = disposals.approve(batch.id(), batch.version(), "head-of-hr");
        out.println("Approved by " + batch.approvedBy());

        register.placeHold(LegalHold.placed("H-SAR-0311", "E-1004", "Subject access request SAR-0311 received",
                "dpo", today), "dpo");
        out.println("Hold H-SAR-0311 placed on E-1004 after approval: a SAR needs the file");
        batch = disposals.execute(batch.id(), batch.version(), "records-officer");
        out.println();

        DisposalCertificate certificate = batch.findCertificate().orElseThrow();
        out.println("Certificate of disposal for batch " + certificate.batchId());
        out.println("  approved by " + certificate.approvedBy() + " at " + certificate.approvedAt()
                + ", executed by " + certificate.executedBy() + " at " + certificate.executedAt());
        for (CertifiedDisposal d : certificate.disposed()) {
            out.println("  DISPOSED " + d.candidate().recordId() + ": " + d.candidate().action() + " under "
                    + d.candidate().entry() + " (" + d.candidate().ruleText() + ", due " + d.candidate().dueDate() + ")");
            d.candidate().citations().forEach(c -> out.println("      authority: " + c));
        }
        for (WithheldDisposal w : certificate.withheld()) {
            out.println("  WITHHELD " + w.recordId() + ": " + w.reason());
        }
        out.println("  digest " + certificate.digest() + (certificate.isIntact() ? " (intact)" : " (ALTERED)"));
        out.println();
        out.println("Audit log: " + audit.size() + " entries, chain "
                + (audit.verify().isIntact() ? "intact" : "BROKEN"));
    }

    private static String describe(String recordId, RetentionResult r) {
        StringBuilder line = new StringBuilder("  ").append(recordId).append(": ").append(r.status());
        r.findDueDate().ifPresent(d -> line.append(", due ").append(d));
        line.append(", action ").append(r.action());
        if (!r.missingFacts().isEmpty()) {
            line.append(", waiting for ").append(String.join(", ", r.missingFacts()));
        }
        if (!r.holdsInForce().isEmpty()) {
            line.append(", held by ").append(r.holdsInForce().get(0).id());
        }
        return line.toString();
    }

    private static void printExplanation(PrintStream out, Explanation explanation) {
        int n = 1;
        for (Explanation.Step step : explanation.steps()) {
            out.println("  " + n++ + ". " + step);
        }
    }
}
