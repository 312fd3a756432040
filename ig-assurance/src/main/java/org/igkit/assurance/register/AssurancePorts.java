package org.igkit.assurance.register;

import java.util.Objects;

import org.igkit.assurance.port.AttestationRepository;
import org.igkit.assurance.port.CompletionRepository;
import org.igkit.assurance.port.CourseRepository;
import org.igkit.assurance.port.DpiaRepository;
import org.igkit.assurance.port.DsptAssessmentRepository;
import org.igkit.assurance.port.PolicyRepository;
import org.igkit.assurance.port.RoleRepository;
import org.igkit.assurance.port.SharingAgreementRepository;
import org.igkit.assurance.port.StaffRepository;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;

/**
 * The ports the assurance registers work through: one store's repositories, its audit log and its unit of work.
 *
 * @param policies     the policy register
 * @param attestations the attestations
 * @param staff        the staff list
 * @param courses      the training courses
 * @param completions  the training completions
 * @param dpias        the DPIA register
 * @param agreements   the sharing agreements
 * @param roles        the roles register
 * @param dspt         the DSPT assessments
 * @param auditLog     the audit log every change is recorded in
 * @param unitOfWork   the unit each change and its audit entry commit in
 */
public record AssurancePorts(PolicyRepository policies, AttestationRepository attestations, StaffRepository staff,
        CourseRepository courses, CompletionRepository completions, DpiaRepository dpias,
        SharingAgreementRepository agreements, RoleRepository roles, DsptAssessmentRepository dspt, AuditLog auditLog,
        UnitOfWork unitOfWork) {
    public AssurancePorts {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(attestations, "attestations");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(courses, "courses");
        Objects.requireNonNull(completions, "completions");
        Objects.requireNonNull(dpias, "dpias");
        Objects.requireNonNull(agreements, "agreements");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(dspt, "dspt");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
    }
}
