package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.dspt.DsptRule;
import org.igkit.assurance.dspt.DsptStandards;
import org.igkit.assurance.dspt.EvidenceItem;
import org.igkit.assurance.dspt.ImprovementPlan;
import org.igkit.assurance.dspt.OutcomeStatus;
import org.igkit.assurance.dspt.PlanAction;
import org.igkit.assurance.dspt.SignOff;
import org.igkit.assurance.port.DsptAssessmentRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DsptAssessmentRepository} adapter must do: the versioned-repository contract ({@link VersionedRepositoryContract})
 * over DsptAssessments (outcomes with evidence, the plan, sign-offs, publication). Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class DsptAssessmentRepositoryContract extends VersionedRepositoryContract<DsptAssessmentRepository, DsptAssessment> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected DsptAssessment aNew(String id) {
        return DsptAssessment.start(id, "RXX", "2024-25", DsptStandards.ndg10(), "IG Manager");
    }

    @Override
    protected DsptAssessment aRich(String id) {
        return DsptRule.withDefaults().publish(aNew(id).withOutcome(aNew(id).outcomes().get(0).withStatus(
                OutcomeStatus.PARTIALLY_ACHIEVED).withEvidence(new EvidenceItem("Training needs analysis",
                        "sharepoint://ig/tna-2024", D))).withPlan(new ImprovementPlan(List.of(new PlanAction("NDG1",
                                "Complete the analysis", "IG Manager", D.plusMonths(6), false)), D.plusMonths(1)))
                .withSignOff(new SignOff("SIRO", "A Director", D.plusMonths(2)))
                .withSignOff(new SignOff("CEO", "The CEO", D.plusMonths(2))), D.plusMonths(3));
    }

    @Override
    protected DsptAssessment changed(DsptAssessment stored) {
        return stored.withDeadline(stored.deadline().plusDays(1));
    }

    @Override
    protected String idOf(DsptAssessment item) {
        return item.id();
    }

    @Override
    protected long versionOf(DsptAssessment item) {
        return item.version();
    }

    @Override
    protected DsptAssessment withVersion(DsptAssessment item, long version) {
        return item.withVersion(version);
    }

    @Override
    protected DsptAssessment save(DsptAssessment item) {
        return repository.save(item);
    }

    @Override
    protected Optional<DsptAssessment> find(String id) {
        return repository.find(id);
    }

    @Override
    protected DsptAssessment get(String id) {
        return repository.get(id);
    }

    @Override
    protected Page<DsptAssessment> list(PageRequest page) {
        return repository.list(page);
    }
}
