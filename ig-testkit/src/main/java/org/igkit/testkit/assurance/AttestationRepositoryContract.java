package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationMethod;
import org.igkit.assurance.port.AttestationRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AttestationRepository} adapter must do: the fact-repository contract ({@link FactRepositoryContract}) over
 * Attestations, and the attestations of one policy paged. Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class AttestationRepositoryContract extends FactRepositoryContract<AttestationRepository, Attestation> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected String keyOf(Attestation fact) {
        return fact.key();
    }

    @Override
    protected boolean add(Attestation fact) {
        return repository.add(fact);
    }

    @Override
    protected int addAll(List<Attestation> batch) {
        return repository.addAll(batch);
    }

    @Override
    protected Page<Attestation> list(PageRequest page) {
        return repository.list(page);
    }

    @Override
    protected List<Attestation> forStaff(String staffId) {
        return repository.forStaff(staffId);
    }

    @Override
    protected Attestation aFact(String staffId, int n) {
        return Attestation.of(staffId, "policy-" + n, "1." + n, D.plusDays(n),
                AttestationMethod.values()[n % AttestationMethod.values().length]);
    }

    @Test
    void theAttestationsOfOnePolicyAreListedAPageAtATime() {
        List<Attestation> batch = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            batch.add(Attestation.of("s-" + s, "dp", "2.0", D, AttestationMethod.START_OF_YEAR_SIGN_IN));
            batch.add(Attestation.of("s-" + s, "dp", "1.9", D.minusYears(1), AttestationMethod.PAPER));
            batch.add(Attestation.of("s-" + s, "other", "1.0", D, AttestationMethod.ELECTRONIC));
        }
        repository.addAll(batch);

        List<Attestation> read = new ArrayList<>();
        Page<Attestation> page = repository.forPolicy("dp", PageRequest.first(3));
        read.addAll(page.items());
        while (!page.isLast()) {
            page = repository.forPolicy("dp", PageRequest.after(page.nextCursor(), 3));
            read.addAll(page.items());
        }
        assertThat(read).hasSize(10).allSatisfy(a -> assertThat(a.policyId()).isEqualTo("dp"));
        assertThat(read).extracting(Attestation::key).isSorted();
    }
}
