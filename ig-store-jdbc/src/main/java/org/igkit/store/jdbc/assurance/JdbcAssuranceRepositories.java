package org.igkit.store.jdbc.assurance;

import org.igkit.assurance.port.AttestationRepository;
import org.igkit.assurance.port.CompletionRepository;
import org.igkit.assurance.port.CourseRepository;
import org.igkit.assurance.port.DpiaRepository;
import org.igkit.assurance.port.DsptAssessmentRepository;
import org.igkit.assurance.port.PolicyRepository;
import org.igkit.assurance.port.RoleRepository;
import org.igkit.assurance.port.SharingAgreementRepository;
import org.igkit.assurance.port.StaffRepository;
import org.igkit.store.jdbc.SqlDialect;
import org.igkit.store.jdbc.Transactions;

/**
 * The assurance registers on a SQL store (SQLite or PostgreSQL, the tables of their assurance migration): policies,
 * attestations, training courses and completions, staff, DPIAs, sharing agreements, role appointments and DSPT
 * assessments. Each entity is a JSON document beside the columns its lists select on; the SQL is the same on both
 * databases, which differ only in the {@link Transactions} and {@link SqlDialect} given.
 */
public final class JdbcAssuranceRepositories {
    private final PolicyRepository policies;
    private final AttestationRepository attestations;
    private final CourseRepository courses;
    private final CompletionRepository completions;
    private final StaffRepository staff;
    private final DpiaRepository dpias;
    private final SharingAgreementRepository sharingAgreements;
    private final RoleRepository roles;
    private final DsptAssessmentRepository dsptAssessments;

    private JdbcAssuranceRepositories(Transactions database, SqlDialect dialect) {
        this.policies = new JdbcPolicyRepository(database, dialect);
        this.attestations = new JdbcAttestationRepository(database, dialect);
        this.courses = new JdbcCourseRepository(database, dialect);
        this.completions = new JdbcCompletionRepository(database, dialect);
        this.staff = new JdbcStaffRepository(database, dialect);
        this.dpias = new JdbcDpiaRepository(database, dialect);
        this.sharingAgreements = new JdbcSharingAgreementRepository(database, dialect);
        this.roles = new JdbcRoleRepository(database, dialect);
        this.dsptAssessments = new JdbcDsptAssessmentRepository(database, dialect);
    }

    /** The repositories over {@code database}, whose schema has the assurance tables. */
    public static JdbcAssuranceRepositories of(Transactions database, SqlDialect dialect) {
        return new JdbcAssuranceRepositories(database, dialect);
    }

    /** The policy log. */
    public PolicyRepository policies() {
        return policies;
    }

    /** Attestations to policies. */
    public AttestationRepository attestations() {
        return attestations;
    }

    /** Training courses. */
    public CourseRepository courses() {
        return courses;
    }

    /** Training completions. */
    public CompletionRepository completions() {
        return completions;
    }

    /** Staff. */
    public StaffRepository staff() {
        return staff;
    }

    /** DPIAs. */
    public DpiaRepository dpias() {
        return dpias;
    }

    /** Information sharing agreements. */
    public SharingAgreementRepository sharingAgreements() {
        return sharingAgreements;
    }

    /** Appointments to the named roles. */
    public RoleRepository roles() {
        return roles;
    }

    /** DSPT assessments. */
    public DsptAssessmentRepository dsptAssessments() {
        return dsptAssessments;
    }
}
