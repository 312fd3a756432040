package org.igkit.testkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.igkit.assurance.port.SharingAgreementRepository;
import org.igkit.assurance.sharing.AgreementEvent;
import org.igkit.assurance.sharing.AgreementStatus;
import org.igkit.assurance.sharing.Party;
import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SharingAgreementRepository} adapter must do: the versioned-repository contract ({@link VersionedRepositoryContract})
 * over SharingAgreements (parties with roles and bases, events, dates). Extend it and return a fresh, empty repository from {@link #newRepository()}.
 */
public abstract class SharingAgreementRepositoryContract extends VersionedRepositoryContract<SharingAgreementRepository, SharingAgreement> {
    /** A day the fixtures are dated from. */
    protected static final LocalDate D = LocalDate.of(2025, 9, 1);

    @Override
    protected SharingAgreement aNew(String id) {
        return new SharingAgreement(id, "Early help", List.of(Party.controller("Council", "Art 6(1)(e)"),
                Party.controller("Trust", "Art 6(1)(e)")), List.of("early help"), List.of("name"), "6 years",
                "secure email", D, null, null, List.of(), AgreementStatus.DRAFT, null, 0);
    }

    @Override
    protected SharingAgreement aRich(String id) {
        return new SharingAgreement(id, "Early help", List.of(new Party("Council", Party.Role.JOINT_CONTROLLER,
                "Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 para 6", "ig@council.example"),
                Party.controller("Trust", "Art 6(1)(e)")), List.of("early help", "safeguarding"),
                List.of("name", "address", "SEN status"), "6 years after closure", "SFTP; role-based access", D,
                D.plusYears(3), D.plusMonths(11), List.of(new AgreementEvent(AgreementEvent.Kind.BREACH,
                        D.plusMonths(12), "misdirected email")), AgreementStatus.ACTIVE, "dpia-7", 0);
    }

    @Override
    protected SharingAgreement changed(SharingAgreement stored) {
        return stored.withStatus(AgreementStatus.TERMINATED);
    }

    @Override
    protected String idOf(SharingAgreement item) {
        return item.id();
    }

    @Override
    protected long versionOf(SharingAgreement item) {
        return item.version();
    }

    @Override
    protected SharingAgreement withVersion(SharingAgreement item, long version) {
        return item.withVersion(version);
    }

    @Override
    protected SharingAgreement save(SharingAgreement item) {
        return repository.save(item);
    }

    @Override
    protected Optional<SharingAgreement> find(String id) {
        return repository.find(id);
    }

    @Override
    protected SharingAgreement get(String id) {
        return repository.get(id);
    }

    @Override
    protected Page<SharingAgreement> list(PageRequest page) {
        return repository.list(page);
    }
}
