package org.igkit.retention.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.igkit.assets.AssetId;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.LawfulBasis;
import org.igkit.assets.RetentionReference;
import org.igkit.assets.memory.InMemoryAssetRepository;
import org.igkit.retention.memory.InMemoryScheduleRepository;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.SampleSchedules;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The asset register's retention column is checked against the schedule in force, not kept as free text. */
class AssetRetentionCheckTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final InMemoryScheduleRepository schedules = InMemoryScheduleRepository.create();
    private final AssetRetentionCheck check = AssetRetentionCheck.against(schedules);

    AssetRetentionCheckTest() {
        schedules.save(SampleSchedules.council());
    }

    @Test
    @DisplayName("A reference to an entry in force resolves, and the report gives the entry's rule text and action")
    void aCurrentEntryResolvesWithItsRuleAndAction() {
        AssetRetentionLink link = check.link(asset("HR-001", ref("HR-1")), TODAY);

        assertThat(link.status()).isEqualTo(LinkStatus.RESOLVED);
        assertThat(link.ruleText()).isEqualTo("employmentEnded + 6y");
        assertThat(link.entry().action()).isEqualTo(DisposalAction.SECURE_DESTROY);
        assertThat(link.explanation().toString())
                .contains("follows entry sample-council/HR-1 (Employee personal file)")
                .contains("keep for employmentEnded + 6y, then secure destroy")
                .contains("Art 30(1)(f)");
    }

    @Test
    @DisplayName("An asset with no retention reference is a gap; for personal data the record of processing is cited")
    void noReferenceIsAGap() {
        AssetRetentionLink link = check.link(asset("HR-002", null), TODAY);

        assertThat(link.status()).isEqualTo(LinkStatus.NO_REFERENCE);
        assertThat(link.findEntry()).isEmpty();
        assertThat(link.explanation().steps().get(0).citations()).extracting(c -> c.provision())
                .contains("Art 5(1)(e)", "Art 30(1)(f)");
    }

    @Test
    @DisplayName("A reference to a schedule that does not exist, or to an entry it lacks, is reported as such")
    void unknownScheduleOrEntry() {
        assertThat(check.link(asset("A-1", RetentionReference.of("no-such-schedule", "HR-1")), TODAY).status())
                .isEqualTo(LinkStatus.NO_SUCH_SCHEDULE);
        AssetRetentionLink missing = check.link(asset("A-2", ref("HR-99")), TODAY);
        assertThat(missing.status()).isEqualTo(LinkStatus.NO_SUCH_ENTRY);
        assertThat(missing.explanation().toString()).contains("has no entry 'HR-99'");
    }

    @Test
    @DisplayName("A reference to an entry that a newer schedule version ended is not in force, and says since when")
    void aSupersededEntryIsNotInForce() {
        Schedule council = schedules.find(SampleSchedules.COUNCIL_ID).orElseThrow();
        List<ScheduleEntry> ended = council.entries().stream()
                .map(e -> e.id().equals("HR-1") ? e.withEffective(e.effectiveFrom(), LocalDate.of(2025, 3, 31)) : e)
                .toList();
        schedules.save(new Schedule(council.id(), council.title(), council.source(), ended, council.version()));

        AssetRetentionLink link = check.link(asset("HR-001", ref("HR-1")), TODAY);
        assertThat(link.status()).isEqualTo(LinkStatus.NOT_IN_FORCE);
        assertThat(link.explanation().toString()).contains("to 31 March 2025");
        assertThat(check.link(asset("HR-001", ref("HR-1")), LocalDate.of(2024, 1, 1)).status())
                .isEqualTo(LinkStatus.RESOLVED);
    }

    @Test
    @DisplayName("The whole register is checked page by page, and the report lists its gaps")
    void theWholeRegisterIsChecked() {
        InMemoryAssetRepository register = InMemoryAssetRepository.create();
        for (int i = 0; i < 1200; i++) {
            register.save(asset(String.format("A-%04d", i), i % 100 == 0 ? ref("HR-99") : ref("FIN-1")));
        }
        AssetRetentionReport report = check.checkRegister(register, TODAY);

        assertThat(report.links()).hasSize(1200);
        assertThat(report.isComplete()).isFalse();
        assertThat(report.gaps()).hasSize(12).allMatch(l -> l.status() == LinkStatus.NO_SUCH_ENTRY);
        assertThat(check.check(List.of(asset("HR-001", ref("HR-1"))), TODAY).isComplete()).isTrue();
    }

    private static RetentionReference ref(String entryId) {
        return RetentionReference.of(SampleSchedules.COUNCIL_ID, entryId);
    }

    private static InformationAsset asset(String id, RetentionReference retention) {
        return InformationAsset.builder(AssetId.of(id), "Asset " + id).businessArea("HR").assetOwner("Director of HR")
                .dataOwner("HR manager").personalData(true).purposes("staff administration")
                .lawfulBases(LawfulBasis.CONTRACT).dataSubjectCategories("employees").retention(retention).build();
    }
}
