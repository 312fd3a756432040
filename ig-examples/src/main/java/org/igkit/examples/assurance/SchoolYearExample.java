package org.igkit.examples.assurance;

import java.io.PrintStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.igkit.assets.AssetId;
import org.igkit.assurance.attestation.AttestationCoverage;
import org.igkit.assurance.csvimport.AssuranceImport;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.dpia.IcoListType;
import org.igkit.assurance.dpia.ScreeningAnswers;
import org.igkit.assurance.dpia.Wp248Criterion;
import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.policy.BreachReference;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyReviewStatus;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.policy.ReviewOutcome;
import org.igkit.assurance.register.AssuranceOptions;
import org.igkit.assurance.register.AssuranceRegister;
import org.igkit.assurance.report.AssuranceFigures;
import org.igkit.assurance.report.AttestationFigures;
import org.igkit.assurance.report.BoardReport;
import org.igkit.assurance.report.BoardReports;
import org.igkit.assurance.report.RegisterFigures;
import org.igkit.assurance.report.ReportPeriod;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.assurance.training.PersonTraining;
import org.igkit.assurance.training.TrainingCompliance;
import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.retention.memory.InMemoryDisposalBatchRepository;
import org.igkit.retention.memory.InMemoryRecordRepository;

/**
 * Example 5: a primary school's assurance year, 2025/26.
 *
 * <p>In July 2025 the Headteacher and the Governing Board approve the data protection policy (v3.0). The staff list
 * comes from the HR export; in September the staff sign in to the policies at the start of the academic year. A
 * misdirected email on 3 November is recorded against the policy, which brings its review to 3 December; the DPO
 * reviews it on 25 November (v3.1, no re-attestation). The fingerprint catering system is screened for a DPIA. At
 * the end of March the school looks at training compliance against its 95% target.
 *
 * <p>The registers run over the in-memory ports with a clock the example moves through the year, so the output is
 * the same on every run. Run it from the repository root with
 * {@code ./mvnw -q -pl ig-examples -am package -DskipTests -Dexample=assurance}.
 */
public final class SchoolYearExample {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The day the example ends on. */
    public static final LocalDate YEAR_END = LocalDate.of(2026, 3, 31);
    private static final String STAFF = "id,name,team,startedOn,probationEndsOn,leftOn,roles\n"
            + "T01,Ada Head,leadership,2015-09-01,,,dsl\n"
            + "T02,Ben Deputy,leadership,2017-09-01,,,dsl\n"
            + "T03,Cara Class1,teaching,2019-09-01,,,\n"
            + "T04,Dev Class2,teaching,2020-09-01,,,\n"
            + "T05,Eve Class3,teaching,2018-01-08,,,\n"
            + "T06,Finn Class4,teaching,2021-09-01,,,\n"
            + "T07,Gia Class5,teaching,2016-09-01,,2025-12-19,\n"
            + "T08,Hal Class6,teaching,2022-09-01,,,\n"
            + "S01,Ivy Office,office,2012-04-16,,,\n"
            + "S02,Jon Bursar,office,2019-11-04,,,\n"
            + "S03,Kim TA,support,2023-01-09,,,\n"
            + "S04,Lee TA,support,2025-09-01,2026-03-01,,\n";

    private SchoolYearExample() {
    }

    /** Runs the example, printing to standard output. */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Runs the example, printing to {@code out}. */
    public static void run(PrintStream out) {
        MovingClock clock = new MovingClock(LocalDate.of(2025, 7, 8));
        AssuranceRegister school = AssuranceRegister.inMemory(InMemoryAuditLog.create(),
                AssuranceOptions.defaultsFor(OrganisationProfile.of(OrganisationProfile.Type.SCHOOL)), clock);

        // July: the policy approved by the Headteacher and the Governing Board (S0 §4)
        LocalDate approved = LocalDate.of(2025, 7, 8);
        school.policies().add(Policy.of("data-protection", "Data protection policy", "DPO",
                "Headteacher and Governing Board", Period.ofMonths(12),
                PolicyVersion.approved("3.0", "DPO", LocalDate.of(2025, 6, 20), "Annual review: new DUAA complaints",
                        List.of(Approval.of("Headteacher", "Ada Head", approved),
                                new Approval("Governing Board", "Chair of Governors", approved, "FGB 2025-07-08 item 6")),
                        true)), "dpo");
        out.println("Data protection policy v3.0 approved " + approved + "; next review due "
                + school.policies().reviewStatus("data-protection", approved).dueOn());

        // September: the HR export, then the start-of-year sign-in
        clock.moveTo(LocalDate.of(2025, 9, 1));
        AssuranceImport imports = AssuranceImport.into(school);
        out.println("Staff imported: " + imports.staff(new StringReader(STAFF), "hr-2025-09", "office").rows());
        school.training().saveCourse(Course.mandatory("dp-awareness", "Data protection awareness",
                Period.ofMonths(12), NewStarterDeadline.byProbationEnd()), "dpo");
        StringBuilder signIn = new StringBuilder("staffId,policyId,policyVersion,attestedOn,method\n");
        for (String id : List.of("T01", "T02", "T03", "T04", "T05", "T06", "T07", "S01", "S02", "S03", "S04")) {
            signIn.append(id).append(",data-protection,3.0,2025-09-02,START_OF_YEAR_SIGN_IN\n");
        }
        clock.moveTo(LocalDate.of(2025, 9, 2));
        imports.attestations(new StringReader(signIn.toString()), "sign-in-2025-09", "office");
        AttestationCoverage coverage = school.attestations().coverage(List.of("data-protection"),
                LocalDate.of(2025, 10, 1));
        out.println("Attestation " + coverage.period() + " on 2025-10-01: " + coverage.allPolicies()
                + "; not attested: " + coverage.notAttested().get("data-protection"));

        // November: a breach recorded against the policy brings its review forward (S0 §4, S1 §8)
        clock.moveTo(LocalDate.of(2025, 11, 3));
        Policy afterBreach = school.policies().recordBreach(BreachReference.of("BR-2025-07",
                LocalDate.of(2025, 11, 3), "data-protection"), "dpo").get(0);
        PolicyReviewStatus brought = school.policies().reviewStatus("data-protection", LocalDate.of(2025, 11, 3));
        out.println("Breach BR-2025-07 recorded: review now due " + brought.dueOn());
        out.println("  " + brought.explanation());
        clock.moveTo(LocalDate.of(2025, 11, 25));
        Policy reviewed = school.policies().review("data-protection", afterBreach.version(),
                LocalDate.of(2025, 11, 25), "DPO", ReviewOutcome.MINOR, PolicyVersion.approved("3.1", "DPO",
                        LocalDate.of(2025, 11, 25), "Check recipients before sending pupil data",
                        List.of(Approval.of("Headteacher", "Ada Head", LocalDate.of(2025, 11, 26))), false),
                "dpo");
        out.println("Reviewed " + reviewed.reviews().get(0).date() + " (breaches considered: "
                + reviewed.reviews().get(0).breachesConsidered() + "); v3.1, next review due "
                + school.policies().reviewStatus("data-protection", LocalDate.of(2025, 12, 1)).dueOn());

        // January: the cashless catering supplier proposes fingerprints
        clock.moveTo(LocalDate.of(2026, 1, 12));
        Dpia catering = school.dpias().screen("dpia-catering", "Fingerprint cashless catering",
                Set.of(AssetId.of("CATERING")), ScreeningAnswers.none().with(IcoListType.BIOMETRIC)
                        .with(Wp248Criterion.SENSITIVE_DATA, Wp248Criterion.VULNERABLE_SUBJECTS), "dpo");
        out.println("DPIA screening, fingerprint catering: " + catering.outcome() + " ("
                + catering.outcome().requirement() + "); warnings: " + school.dpias().warnings());

        // March: training compliance against the 95% target
        clock.moveTo(YEAR_END);
        StringBuilder completions = new StringBuilder("staffId,courseId,completedOn\n");
        for (String line : List.of("T01,2025-09-03", "T02,2025-09-03", "T03,2025-09-03", "T04,2025-04-01",
                "T05,2025-09-03", "T06,2025-09-03", "T08,2025-09-03", "S01,2025-09-03", "S02,2024-09-03",
                "S03,2025-09-03")) {
            String[] cells = line.split(",");
            completions.append(cells[0]).append(",dp-awareness,").append(cells[1]).append('\n');
        }
        imports.completions(new StringReader(completions.toString()), "lms-2026-03", "office");
        TrainingCompliance training = school.training().compliance();
        out.println("Training on " + YEAR_END + ": " + training.overall() + (training.meetsTarget()
                ? " meets" : " is below") + " the 95% target");
        List<String> overdue = new ArrayList<>();
        for (PersonTraining p : training.overdue()) {
            overdue.add(p.staffId() + " " + p.missingCourses());
        }
        out.println("  overdue: " + overdue);
        out.println("  per team: " + training.perTeam());

        // The governors' termly IG report for the spring term, read from the same registers (the school keeps its
        // requests, breaches and records elsewhere in this example, so those registers are empty here)
        ReportPeriod spring = ReportPeriod.quarterFrom(LocalDate.of(2026, 1, 1));
        BoardReport report = BoardReports.over(InMemoryRequestRepository.create(), InMemoryBreachRepository.create(),
                InMemoryRecordRepository.create(), InMemoryDisposalBatchRepository.create(),
                RegisterFigures.over(school.ports(), school.options()), clock).report(spring);
        AssuranceFigures figures = report.assurance();
        out.println("Board report " + spring.startInclusive() + " to " + spring.endInclusive() + " (as of "
                + report.asOf() + "): training " + figures.training().share().toText() + "%, not compliant "
                + figures.training().notCompliant().ids() + "; attestation " + figures.attestation().period() + " "
                + figures.attestation().overall().toText() + "%, not covered for every policy "
                + missing(figures.attestation()) + "; policies overdue for review "
                + figures.policies().overdueForReview().ids() + "; DPIAs required and not signed off "
                + figures.dpias().requiredNotSignedOff().ids());
    }

    /** A clock the example moves through the school year (09:00 London on each day it is moved to). */
    private static List<String> missing(AttestationFigures attestation) {
        List<String> all = new ArrayList<>(attestation.required().ids());
        all.removeAll(attestation.coveredForAll().ids());
        return all;
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(LocalDate start) {
            moveTo(start);
        }

        void moveTo(LocalDate day) {
            now = day.atTime(9, 0).atZone(LONDON).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return LONDON;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
