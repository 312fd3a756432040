package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.igkit.assets.AssetId;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.store.jdbc.assurance.JdbcAssuranceRepositories;

/**
 * The assurance registers on a real SQLite file: every entity read back equal after a reopen, optimistic locking,
 * paging, the look-ups by asset and role, facts added once, and a batch of staff all or none.
 */
class SqliteAssuranceRepositoriesTest {
    @TempDir
    Path directory;
    private SqliteStore store;
    private JdbcAssuranceRepositories repositories;

    @BeforeEach
    void open() {
        store = TestDatabase.in(directory).open();
        repositories = store.assurance();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void reopen() {
        store.close();
        open();
    }

    @Test
    @DisplayName("Every entity is stored at version 1 and read back equal, nested values and all, after the file is reopened")
    void everyEntityRoundTrips() {
        Policy policy = repositories.policies().save(AssuranceSamples.policy("data-protection"));
        var course = repositories.courses().save(AssuranceSamples.course("DP-1"));
        var probation = repositories.courses().save(AssuranceSamples.probationCourse("SEN-1"));
        StaffMember staff = repositories.staff().save(AssuranceSamples.staff("S1"));
        Dpia dpia = repositories.dpias().save(AssuranceSamples.approvedDpia("DPIA-1", "MIS", "SEN"));
        var agreement = repositories.sharingAgreements().save(AssuranceSamples.agreement("ISA-1"));
        var role = repositories.roles().save(AssuranceSamples.role("R1", RoleKind.DPO));
        var dspt = repositories.dsptAssessments().save(AssuranceSamples.dspt("DSPT-2025"));
        reopen();

        assertThat(policy.version()).isEqualTo(1);
        assertThat(repositories.policies().get("data-protection")).isEqualTo(policy);
        assertThat(repositories.courses().get("DP-1")).isEqualTo(course);
        assertThat(repositories.courses().get("SEN-1")).isEqualTo(probation);
        assertThat(repositories.staff().get("S1")).isEqualTo(staff);
        assertThat(repositories.dpias().get("DPIA-1")).isEqualTo(dpia);
        assertThat(repositories.sharingAgreements().get("ISA-1")).isEqualTo(agreement);
        assertThat(repositories.roles().get("R1")).isEqualTo(role);
        assertThat(repositories.dsptAssessments().get("DSPT-2025")).isEqualTo(dspt);
    }

    @Test
    @DisplayName("A save must name the stored version: a stale copy is a conflict, a new one over an old id too, an unknown id not found")
    void optimisticLocking() {
        Policy first = repositories.policies().save(AssuranceSamples.policy("p"));
        Policy second = repositories.policies().save(first);

        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> repositories.policies().save(first)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> repositories.policies().save(AssuranceSamples.policy("p")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> repositories.policies().save(AssuranceSamples.policy("q").withVersion(3)))
                .isInstanceOf(NotFoundException.class);
        assertThat(repositories.policies().get("p").version()).isEqualTo(2);
    }

    @Test
    @DisplayName("Lists are in id order, a page at a time, each page's cursor leading to the next")
    void paging() {
        for (String id : List.of("c", "a", "e", "b", "d")) {
            repositories.staff().save(AssuranceSamples.staff(id));
        }
        Page<StaffMember> first = repositories.staff().list(PageRequest.first(2));
        Page<StaffMember> second = repositories.staff().list(PageRequest.after(first.nextCursor(), 2));
        Page<StaffMember> last = repositories.staff().list(PageRequest.after(second.nextCursor(), 2));

        assertThat(first.items()).extracting(StaffMember::id).containsExactly("a", "b");
        assertThat(second.items()).extracting(StaffMember::id).containsExactly("c", "d");
        assertThat(last.items()).extracting(StaffMember::id).containsExactly("e");
        assertThat(last.isLast()).isTrue();
    }

    @Test
    @DisplayName("The DPIAs covering an asset follow the DPIA's asset list as it changes")
    void dpiasCoveringAnAsset() {
        Dpia one = repositories.dpias().save(AssuranceSamples.dpia("D1", "MIS", "SEN"));
        repositories.dpias().save(AssuranceSamples.dpia("D2", "SEN"));
        repositories.dpias().save(AssuranceSamples.dpia("D3", "CCTV"));

        assertThat(repositories.dpias().covering(AssetId.of("SEN"))).extracting(Dpia::id).containsExactly("D1", "D2");
        repositories.dpias().save(new Dpia(one.id(), one.title(), java.util.Set.of(AssetId.of("MIS")), one.answers(),
                one.outcome(), one.screenedOn(), one.stage(), one.dpoAdvice(), one.consultation(), one.approvals(),
                one.approvedOn(), one.reviewDueOn(), one.reviewReason(), one.version()));
        assertThat(repositories.dpias().covering(AssetId.of("SEN"))).extracting(Dpia::id).containsExactly("D2");
        assertThat(repositories.dpias().covering(AssetId.of("MIS"))).extracting(Dpia::id).containsExactly("D1");
    }

    @Test
    @DisplayName("Appointments are found by role, past and current")
    void appointmentsByRole() {
        repositories.roles().save(AssuranceSamples.role("R1", RoleKind.DPO));
        repositories.roles().save(AssuranceSamples.role("R2", RoleKind.SIRO));
        repositories.roles().save(AssuranceSamples.role("R3", RoleKind.DPO).endedOn(java.time.LocalDate.of(2025, 1, 1)));

        assertThat(repositories.roles().ofRole(RoleKind.DPO)).extracting(r -> r.id()).containsExactly("R1", "R3");
    }

    @Test
    @DisplayName("An attestation or completion is held once: adding it again, alone or in a batch, adds nothing")
    void factsAreAddedOnce() {
        assertThat(repositories.attestations().add(AssuranceSamples.attestation("S1", "P1", "1.0"))).isTrue();
        assertThat(repositories.attestations().add(AssuranceSamples.attestation("S1", "P1", "1.0"))).isFalse();
        assertThat(repositories.attestations().addAll(List.of(AssuranceSamples.attestation("S1", "P1", "1.0"),
                AssuranceSamples.attestation("S2", "P1", "1.0"), AssuranceSamples.attestation("S1", "P2", "2.0"))))
                .isEqualTo(2);
        reopen();

        assertThat(repositories.attestations().forStaff("S1")).hasSize(2);
        assertThat(repositories.attestations().forPolicy("P1", PageRequest.first()).items())
                .extracting(a -> a.staffId()).containsExactly("S1", "S2");
        assertThat(repositories.completions().addAll(List.of(AssuranceSamples.completion("S1", "DP-1"),
                AssuranceSamples.completion("S1", "DP-1")))).isEqualTo(1);
        assertThat(repositories.completions().forCourse("DP-1", PageRequest.first()).items())
                .containsExactly(AssuranceSamples.completion("S1", "DP-1"));
        assertThat(repositories.completions().list(PageRequest.first()).items()).hasSize(1);
    }

    @Test
    @DisplayName("A batch of staff is saved all or none: one stale member leaves every other unsaved")
    void staffBatchAllOrNone() {
        StaffMember stored = repositories.staff().save(AssuranceSamples.staff("S1"));
        repositories.staff().save(stored);

        assertThatThrownBy(() -> repositories.staff().saveAll(List.of(AssuranceSamples.staff("S2"), stored)))
                .isInstanceOf(ConflictException.class);
        assertThat(repositories.staff().find("S2")).isEmpty();
        assertThatThrownBy(() -> repositories.staff().saveAll(List.of(AssuranceSamples.staff("S3"),
                AssuranceSamples.staff("S3")))).isInstanceOf(ValidationException.class);
        assertThat(repositories.staff().saveAll(List.of(AssuranceSamples.staff("S4"), AssuranceSamples.staff("S5"))))
                .extracting(StaffMember::version).containsExactly(1L, 1L);
    }
}
