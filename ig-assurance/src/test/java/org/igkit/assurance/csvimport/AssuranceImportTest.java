package org.igkit.assurance.csvimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;

import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.register.AssuranceOptions;
import org.igkit.assurance.register.AssuranceRegister;
import org.igkit.assurance.register.TrainingRegister;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.core.csv.CsvFormatException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.core.memory.InMemoryAuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AssuranceImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final String STAFF = "id,name,team,startedOn,probationEndsOn,leftOn,roles,absentFrom,absentUntil\r\n"
            + "s1,\"Smith, Alex\",Finance,2020-01-06,,,,,\r\n"
            + "s2,Jo Bloggs,Schools,2025-09-01,2026-03-01,,dsl;iao,,\r\n"
            + "s3,Sam Lee,Finance,2019-04-01,,2025-08-31,,,\r\n"
            + "s4,Kim Wu,Finance,2018-04-01,,,,2025-06-01,\r\n";

    private final InMemoryAuditLog audit = InMemoryAuditLog.create();
    private final AssuranceRegister register = AssuranceRegister.inMemory(audit,
            AssuranceOptions.defaultsFor(OrganisationProfile.of(OrganisationProfile.Type.COUNTY_OR_UNITARY_COUNCIL)),
            CLOCK);
    private final AssuranceImport imports = AssuranceImport.into(register);

    @BeforeEach
    void courseAndPolicy() {
        register.training().saveCourse(Course.mandatory("dp", "DP", Period.ofMonths(12),
                NewStarterDeadline.byProbationEnd()), "hr");
        LocalDate on = LocalDate.of(2025, 4, 1);
        register.policies().add(Policy.of("dp", "DP", "DPO", "CLT", Period.ofMonths(12), PolicyVersion.approved("2.1",
                "DPO", on, "Annual review", List.of(Approval.of("CLT", "Chief Executive", on)), false)), "dpo");
    }

    static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @Test
    @DisplayName("a clean staff file is imported whole, with one audit entry; importing it again adds nobody")
    void staffImport() {
        AssuranceImport.Result result = imports.staff(new StringReader(STAFF), "hr-2025-10", "hr-feed");

        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.added()).isEqualTo(4);
        assertThat(register.training().getStaff("s1").name()).isEqualTo("Smith, Alex");
        assertThat(register.training().getStaff("s2").roles()).containsExactlyInAnyOrder("dsl", "iao");
        assertThat(register.training().getStaff("s4").isAbsentOn(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(audit.forSubject(TrainingRegister.STAFF_SUBJECT, "hr-2025-10")).hasSize(1);

        AssuranceImport.Result again = imports.staff(new StringReader(STAFF.replace("Jo Bloggs", "Jo Bloggs-Smith")),
                "hr-2025-11", "hr-feed");
        assertThat(again.added()).isZero();
        assertThat(register.training().getStaff("s2").name()).isEqualTo("Jo Bloggs-Smith");
        assertThat(register.training().getStaff("s2").version()).isEqualTo(2);
    }

    @Test
    @DisplayName("every fault is named by line and column, and nothing is written")
    void faultsNameLineAndColumn() {
        String bad = "id,name,team,startedOn,leftOn\n"
                + "s1,Alex,Finance,2020-01-06,\n"
                + "s2,,Schools,06/09/2025,\n"
                + "s3,Sam,Finance,2019-04-01,2018-01-01\n"
                + "s1,Alex again,Finance,2020-01-06,\n";

        assertThatThrownBy(() -> imports.staff(new StringReader(bad), "b", "hr"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e)).containsExactly(
                        "line 3, column name", "line 3, column startedOn", "line 4, column leftOn"));
        assertThat(register.training().compliance(LocalDate.of(2025, 10, 1)).overall().denominator()).isZero();

        String duplicate = "id,name,team,startedOn\ns1,A,F,2020-01-06\ns1,B,F,2020-01-06\n";
        assertThatThrownBy(() -> imports.staff(new StringReader(duplicate), "b", "hr"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("line 3, column id"));
    }

    @Test
    void aMissingColumnOrAMalformedFileIsRefused() {
        assertThatThrownBy(() -> imports.staff(new StringReader("id,name,startedOn\n"), "b", "hr"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("team"));
        assertThatThrownBy(() -> imports.staff(new StringReader("id,name,team,startedOn\ns1,\"A,F,2020-01-06\n"),
                "b", "hr")).isInstanceOf(CsvFormatException.class);
        assertThatThrownBy(() -> imports.staff(new StringReader(""), "b", "hr"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("completions of unknown people or courses are refused at their line and column; nothing is written")
    void completionsAreChecked() {
        imports.staff(new StringReader(STAFF), "hr", "hr");
        String csv = "staffId,courseId,completedOn\ns1,dp,2025-03-01\nghost,dp,2025-03-01\ns2,cyber,2025-03-01\n";

        assertThatThrownBy(() -> imports.completions(new StringReader(csv), "lms", "lms"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e)).containsExactly(
                        "line 3, column staffId", "line 4, column courseId"));
        assertThat(register.training().compliance(LocalDate.of(2025, 10, 1)).overall().numerator()).isZero();

        AssuranceImport.Result ok = imports.completions(new StringReader("staffId,courseId,completedOn\n"
                + "s1,dp,2025-03-01\ns1,dp,2025-03-01\n"), "lms", "lms");
        assertThat(ok.rows()).isEqualTo(2);
        assertThat(ok.added()).isEqualTo(1);
    }

    @Test
    @DisplayName("attestations from a September sign-in sheet")
    void attestationImport() {
        imports.staff(new StringReader(STAFF), "hr", "hr");
        String csv = "staffId,policyId,policyVersion,attestedOn,method\n"
                + "s1,dp,2.1,2025-09-03,START_OF_YEAR_SIGN_IN\n"
                + "s4,dp,2.1,2025-09-03,SIGNATURE\n";

        assertThatThrownBy(() -> imports.attestations(new StringReader(csv), "sept", "hr"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(paths(e)).containsExactly("line 3, column method"));
        AssuranceImport.Result ok = imports.attestations(new StringReader(csv.replace("SIGNATURE", "PAPER")), "sept",
                "hr");
        assertThat(ok.added()).isEqualTo(2);
        assertThat(register.attestations().ofStaff("s1")).hasSize(1);
    }
}
