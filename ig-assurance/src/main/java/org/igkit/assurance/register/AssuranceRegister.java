package org.igkit.assurance.register;

import java.time.Clock;
import java.util.Objects;

import org.igkit.assurance.memory.InMemoryAttestationRepository;
import org.igkit.assurance.memory.InMemoryCompletionRepository;
import org.igkit.assurance.memory.InMemoryCourseRepository;
import org.igkit.assurance.memory.InMemoryDpiaRepository;
import org.igkit.assurance.memory.InMemoryDsptAssessmentRepository;
import org.igkit.assurance.memory.InMemoryPolicyRepository;
import org.igkit.assurance.memory.InMemoryRoleRepository;
import org.igkit.assurance.memory.InMemorySharingAgreementRepository;
import org.igkit.assurance.memory.InMemoryStaffRepository;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;

/**
 * The assurance context's application service: the only way to change its registers. It hands out one register per
 * concern, all writing through the same ports, audit log, unit of work and clock:
 *
 * <pre>{@code
 * AssuranceRegister assurance = AssuranceRegister.of(ports, AssuranceOptions.defaultsFor(profile), clock);
 * assurance.policies().add(policy, "dpo");
 * assurance.training().compliance(LocalDate.of(2026, 3, 31)).overall();
 * }</pre>
 */
public final class AssuranceRegister {
    private final AssurancePorts ports;
    private final AssuranceOptions options;
    private final PolicyRegister policies;
    private final AttestationRegister attestations;
    private final TrainingRegister training;
    private final DpiaRegister dpias;
    private final SharingRegister sharing;
    private final RolesRegister roles;
    private final DsptRegister dspt;

    private AssuranceRegister(AssurancePorts ports, AssuranceOptions options, Clock clock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.options = Objects.requireNonNull(options, "options");
        Changes changes = new Changes(ports.auditLog(), ports.unitOfWork(), Objects.requireNonNull(clock, "clock"));
        this.policies = new PolicyRegister(ports.policies(), changes, options.policyReview());
        this.attestations = new AttestationRegister(ports.attestations(), ports.policies(), ports.staff(), changes,
                options.coverage());
        this.training = new TrainingRegister(ports.staff(), ports.courses(), ports.completions(), changes,
                options.training());
        this.dpias = new DpiaRegister(ports.dpias(), changes, options.screener(), options.dpiaReviewInterval(),
                options.dpoMustApproveDpias());
        this.sharing = new SharingRegister(ports.agreements(), changes, options.agreementReview());
        this.roles = new RolesRegister(ports.roles(), ports.staff(), changes, options.profile());
        this.dspt = new DsptRegister(ports.dspt(), changes, options.dspt());
    }

    /** A register over {@code ports}, with {@code options}, dating changes by {@code clock}. */
    public static AssuranceRegister of(AssurancePorts ports, AssuranceOptions options, Clock clock) {
        return new AssuranceRegister(ports, options, clock);
    }

    /** A register over fresh in-memory repositories (units serialised), auditing into {@code auditLog}. */
    public static AssuranceRegister inMemory(AuditLog auditLog, AssuranceOptions options, Clock clock) {
        return of(new AssurancePorts(InMemoryPolicyRepository.create(), InMemoryAttestationRepository.create(),
                InMemoryStaffRepository.create(), InMemoryCourseRepository.create(),
                InMemoryCompletionRepository.create(), InMemoryDpiaRepository.create(),
                InMemorySharingAgreementRepository.create(), InMemoryRoleRepository.create(),
                InMemoryDsptAssessmentRepository.create(), auditLog, UnitOfWork.serialised()), options, clock);
    }

    /** The policy log. */
    public PolicyRegister policies() {
        return policies;
    }

    /** Attestations and coverage. */
    public AttestationRegister attestations() {
        return attestations;
    }

    /** Staff, courses, completions and compliance. */
    public TrainingRegister training() {
        return training;
    }

    /** The DPIA register. */
    public DpiaRegister dpias() {
        return dpias;
    }

    /** The sharing agreements. */
    public SharingRegister sharing() {
        return sharing;
    }

    /** The roles register. */
    public RolesRegister roles() {
        return roles;
    }

    /** DSPT assessments. */
    public DsptRegister dspt() {
        return dspt;
    }

    /** The options in force. */
    public AssuranceOptions options() {
        return options;
    }

    /** The ports it writes through. */
    public AssurancePorts ports() {
        return ports;
    }
}
