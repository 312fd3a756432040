package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.igkit.assets.AssetId;
import org.igkit.assurance.dpia.Art35Case;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.dpia.DpiaApproval;
import org.igkit.assurance.dpia.DpiaScreener;
import org.igkit.assurance.dpia.DpoAdvice;
import org.igkit.assurance.dpia.IcoListType;
import org.igkit.assurance.dpia.PriorConsultation;
import org.igkit.assurance.dpia.ScreeningAnswers;
import org.igkit.assurance.dpia.Wp248Criterion;
import org.igkit.assurance.port.DpiaRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DpiaRepository} adapter must do: the versioned-repository contract ({@link VersionedRepositoryContract})
 * over Dpias (screening, DPO advice, consultation, approvals, review). Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class DpiaRepositoryContract extends VersionedRepositoryContract<DpiaRepository, Dpia> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected Dpia aNew(String id) {
        return covering(id, "MIS");
    }

    @Override
    protected Dpia aRich(String id) {
        return covering(id, "MIS", "CATERING", ScreeningAnswers.none().with(Art35Case.LARGE_SCALE_SPECIAL_CATEGORY)
                .with(IcoListType.BIOMETRIC).with(Wp248Criterion.SENSITIVE_DATA, Wp248Criterion.VULNERABLE_SUBJECTS)
                .withResidualHighRisk(true)).start().withDpoAdvice(DpoAdvice.overruled("Do not proceed", D, "SIRO",
                        "Service need")).consultCommissioner(D.plusDays(3)).withConsultation(
                                PriorConsultation.receivedOn(D.plusDays(3)).withAdviceReceivedOn(D.plusDays(40))
                                        .withDecisionAfterLapse("proceeded with the extra measures advised"))
                .approve(List.of(new DpiaApproval("SIRO", "A Director", D.plusDays(45), true),
                        new DpiaApproval(DpiaApproval.DPO, "The DPO", D.plusDays(45), false)), D.plusDays(45),
                        Period.ofMonths(12)).reviewDue(D.plusDays(100), "new module");
    }

    @Override
    protected Dpia changed(Dpia stored) {
        return stored.start();
    }

    @Override
    protected String idOf(Dpia item) {
        return item.id();
    }

    @Override
    protected long versionOf(Dpia item) {
        return item.version();
    }

    @Override
    protected Dpia withVersion(Dpia item, long version) {
        return item.withVersion(version);
    }

    @Override
    protected Dpia save(Dpia item) {
        return repository.save(item);
    }

    @Override
    protected Optional<Dpia> find(String id) {
        return repository.find(id);
    }

    @Override
    protected Dpia get(String id) {
        return repository.get(id);
    }

    @Override
    protected Page<Dpia> list(PageRequest page) {
        return repository.list(page);
    }

    /** A screened DPIA covering {@code assets}, with no answers. */
    protected static Dpia covering(String id, String... assets) {
        return covering(id, assets[0], assets.length > 1 ? assets[1] : assets[0], ScreeningAnswers.none());
    }

    /** A screened DPIA covering two assets (one when they are equal), screened from {@code answers}. */
    protected static Dpia covering(String id, String first, String second, ScreeningAnswers answers) {
        return Dpia.screened(id, "Processing " + id, new java.util.TreeSet<>(List.of(AssetId.of(first), AssetId.of(second))), answers,
                DpiaScreener.withDefaults().screen(answers), D);
    }

    @Test
    void theDpiasCoveringAnAssetAreFoundInIdOrder() {
        save(covering("d-2", "MIS", "HR", ScreeningAnswers.none()));
        save(covering("d-1", "MIS"));
        save(covering("d-3", "HR"));

        assertThat(repository.covering(AssetId.of("MIS"))).extracting(Dpia::id).containsExactly("d-1", "d-2");
        assertThat(repository.covering(AssetId.of("NONE"))).isEmpty();
    }
}
