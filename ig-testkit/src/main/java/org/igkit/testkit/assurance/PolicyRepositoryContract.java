package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.policy.BreachReference;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.policy.ReviewOutcome;
import org.igkit.assurance.policy.ReviewTrigger;
import org.igkit.assurance.port.PolicyRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PolicyRepository} adapter must do: the versioned-repository contract ({@link VersionedRepositoryContract})
 * over Policys (versions, reviews with the triggers they considered, pending triggers). Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class PolicyRepositoryContract extends VersionedRepositoryContract<PolicyRepository, Policy> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected Policy aNew(String id) {
        return Policy.of(id, "Data protection", "DPO", "Governing Board", Period.ofMonths(12), PolicyVersion.approved("1.0", "DPO", D,
                "First issue", List.of(Approval.of("Board", "Chair", D)), false));
    }

    @Override
    protected Policy aRich(String id) {
        return aNew(id).withTrigger(ReviewTrigger.breach(BreachReference.of("BR-1", D.plusDays(10), id)))
                .withTrigger(ReviewTrigger.legislativeChange(D.plusDays(20), "Data (Use and Access) Act 2025"))
                .reviewed(D.plusDays(30), "IG Team", ReviewOutcome.MAJOR, new PolicyVersion("2.0", "IG Team",
                        D.plusDays(30), "Rewritten", List.of(new Approval("Headteacher", "Head", D.plusDays(31), "M-12"),
                                Approval.of("Governing Board", "Chair", D.plusDays(40))), D.plusDays(41), true))
                .withTrigger(ReviewTrigger.breach(BreachReference.of("BR-2", D.plusDays(50), id, "other-policy")));
    }

    @Override
    protected Policy changed(Policy stored) {
        return stored.withTrigger(ReviewTrigger.legislativeChange(D.plusDays(99), "new guidance " + stored.version()));
    }

    @Override
    protected String idOf(Policy item) {
        return item.id();
    }

    @Override
    protected long versionOf(Policy item) {
        return item.version();
    }

    @Override
    protected Policy withVersion(Policy item, long version) {
        return item.withVersion(version);
    }

    @Override
    protected Policy save(Policy item) {
        return repository.save(item);
    }

    @Override
    protected Optional<Policy> find(String id) {
        return repository.find(id);
    }

    @Override
    protected Policy get(String id) {
        return repository.get(id);
    }

    @Override
    protected Page<Policy> list(PageRequest page) {
        return repository.list(page);
    }
}
