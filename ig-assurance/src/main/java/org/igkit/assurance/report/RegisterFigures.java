package org.igkit.assurance.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.igkit.assurance.attestation.AttestationCoverage;
import org.igkit.assurance.attestation.CoverageRule;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.dpia.DpiaStage;
import org.igkit.assurance.dpia.ScreeningOutcome;
import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyReviewRule;
import org.igkit.assurance.policy.PolicyReviewStatus;
import org.igkit.assurance.sharing.AgreementReviewRule;
import org.igkit.assurance.sharing.AgreementReviewStatus;
import org.igkit.assurance.sharing.AgreementStatus;
import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.PersonTraining;
import org.igkit.assurance.training.TrainingCompliance;
import org.igkit.assurance.training.TrainingRule;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.assurance.register.AssuranceOptions;
import org.igkit.assurance.register.AssurancePorts;

/**
 * The assurance figures counted from the registers by the domain's own rules (policy review, attestation
 * coverage, training compliance, agreement review, DSPT), so that the board sees what the registers' own checks
 * say, with the ids the rules counted.
 */
public final class RegisterFigures implements AssuranceReporting {
    /** How far past the period an agreement's end still counts as expiring: the next quarter's renewals. */
    static final int EXPIRY_HORIZON_MONTHS = 3;

    private final AssurancePorts registers;
    private final AssuranceOptions rules;

    private RegisterFigures(AssurancePorts registers, AssuranceOptions rules) {
        this.registers = Objects.requireNonNull(registers, "registers");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Figures from the registers of {@code ports} by the rules of {@code options} (the same the assurance service
     * applies: its attestation period, training target, review intervals).
     */
    public static RegisterFigures over(AssurancePorts ports, AssuranceOptions options) {
        return new RegisterFigures(ports, options);
    }

    @Override
    public AssuranceFigures figures(ReportPeriod period, LocalDate asOf) {
        List<Policy> policies = Page.all(registers.policies()::list).toList();
        List<StaffMember> staff = Page.all(registers.staff()::list).toList();
        return new AssuranceFigures(policies(policies, period, asOf), attestation(policies, staff, asOf),
                training(staff, asOf), dpias(period, asOf), sharing(period, asOf), dspt(asOf));
    }

    private PolicyFigures policies(List<Policy> policies, ReportPeriod period, LocalDate asOf) {
        List<String> overdue = new ArrayList<>();
        List<String> due = new ArrayList<>();
        List<String> never = new ArrayList<>();
        for (Policy policy : policies) {
            PolicyReviewStatus status;
            try {
                status = rules.policyReview().statusOf(policy, asOf);
            } catch (ValidationException neverApproved) {
                never.add(policy.id());
                continue;
            }
            if (status.isOverdue()) {
                overdue.add(policy.id());
            } else if (period.contains(status.dueOn())) {
                due.add(policy.id());
            }
        }
        return new PolicyFigures(Counted.of(policies.stream().map(Policy::id).toList()), Counted.of(overdue),
                Counted.of(due), Counted.of(never));
    }

    private AttestationFigures attestation(List<Policy> policies, List<StaffMember> staff, LocalDate asOf) {
        CoverageRule rule = rules.coverage();
        AttestationCoverage coverage = rule.coverage(policies, staff,
                Page.all(registers.attestations()::list).toList(), asOf);
        List<String> required = staff.stream().filter(s -> rule.isRequired(s, asOf)).map(StaffMember::id).toList();
        Set<String> missingAny = new HashSet<>();
        List<AttestationFigures.Line> lines = new ArrayList<>();
        coverage.perPolicy().forEach((policyId, share) -> {
            List<String> missing = coverage.notAttested().getOrDefault(policyId, List.of());
            missingAny.addAll(missing);
            lines.add(new AttestationFigures.Line(policyId, Counted.of(required.stream()
                    .filter(id -> !missing.contains(id)).toList()), Counted.of(missing), Percentage.of(share)));
        });
        return new AttestationFigures(coverage.period(), lines, Counted.of(required),
                Counted.of(required.stream().filter(id -> !missingAny.contains(id)).toList()),
                Percentage.of(coverage.allPolicies()));
    }

    private TrainingFigures training(List<StaffMember> staff, LocalDate asOf) {
        List<Course> courses = Page.all(registers.courses()::list).toList();
        List<Completion> completions = Page.all(registers.completions()::list).toList();
        TrainingCompliance compliance = rules.training().compliance(courses, staff, completions, asOf);
        Map<String, List<Completion>> byStaff = new HashMap<>();
        completions.forEach(c -> byStaff.computeIfAbsent(c.staffId(), k -> new ArrayList<>()).add(c));
        List<String> compliant = new ArrayList<>();
        List<String> not = new ArrayList<>();
        for (StaffMember member : staff) {
            PersonTraining standing = rules.training().standingOf(member, courses,
                    byStaff.getOrDefault(member.id(), List.of()), asOf);
            if (standing.standing() == PersonTraining.Standing.COMPLIANT) {
                compliant.add(member.id());
            } else if (standing.standing() == PersonTraining.Standing.NON_COMPLIANT) {
                not.add(member.id());
            }
        }
        List<String> inScope = new ArrayList<>(compliant);
        inScope.addAll(not);
        return new TrainingFigures(Counted.of(inScope), Counted.of(compliant), Counted.of(not),
                Percentage.of(compliance.overall()), compliance.target(), compliance.meetsTarget());
    }

    private DpiaFigures dpias(ReportPeriod period, LocalDate asOf) {
        List<String> screened = new ArrayList<>();
        List<String> required = new ArrayList<>();
        List<String> unsigned = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<String> due = new ArrayList<>();
        List<String> consulting = new ArrayList<>();
        for (Dpia dpia : Page.all(registers.dpias()::list).toList()) {
            if (dpia.screenedOn() != null && period.contains(dpia.screenedOn())) {
                screened.add(dpia.id());
            }
            if (dpia.outcome() != null && dpia.outcome().requirement() == ScreeningOutcome.Requirement.REQUIRED) {
                required.add(dpia.id());
                if (!dpia.hasBeenApproved()) {
                    unsigned.add(dpia.id());
                }
            }
            if (dpia.hasBeenApproved() && dpia.reviewDueOn() != null) {
                if (dpia.reviewDueOn().isBefore(asOf)) {
                    overdue.add(dpia.id());
                } else if (period.contains(dpia.reviewDueOn())) {
                    due.add(dpia.id());
                }
            }
            if (dpia.stage() == DpiaStage.PRIOR_CONSULTATION) {
                consulting.add(dpia.id());
            }
        }
        return new DpiaFigures(Counted.of(screened), Counted.of(required), Counted.of(unsigned), Counted.of(overdue),
                Counted.of(due), Counted.of(consulting));
    }

    private SharingFigures sharing(ReportPeriod period, LocalDate asOf) {
        List<SharingAgreement> agreements = Page.all(registers.agreements()::list).toList();
        List<String> active = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<String> expiring = new ArrayList<>();
        LocalDate horizon = period.endInclusive().plusMonths(EXPIRY_HORIZON_MONTHS);
        for (SharingAgreement agreement : agreements) {
            if (agreement.status() != AgreementStatus.ACTIVE) {
                continue;
            }
            if (agreement.isInForceOn(asOf)) {
                active.add(agreement.id());
            }
            AgreementReviewStatus status = rules.agreementReview().statusOf(agreement, asOf);
            if (status.state() == AgreementReviewStatus.State.OVERDUE) {
                overdue.add(agreement.id());
            }
            Optional<LocalDate> end = agreement.findEffectiveTo();
            if (end.isPresent() && !end.get().isBefore(asOf) && !end.get().isBefore(period.startInclusive())
                    && !end.get().isAfter(horizon)) {
                expiring.add(agreement.id());
            }
        }
        List<String> expired = rules.agreementReview().expired(agreements, asOf).stream()
                .map(AgreementReviewStatus::agreementId).toList();
        return new SharingFigures(Counted.of(active), Counted.of(overdue), Counted.of(expiring), Counted.of(expired));
    }

    private DsptFigures dspt(LocalDate asOf) {
        List<DsptAssessment> all = Page.all(registers.dspt()::list).toList();
        Optional<DsptAssessment> next = all.stream().filter(a -> !a.deadline().isBefore(asOf))
                .min(Comparator.comparing(DsptAssessment::deadline));
        Optional<DsptAssessment> chosen = next.or(() -> all.stream().max(Comparator.comparing(DsptAssessment::deadline)));
        if (chosen.isEmpty()) {
            return DsptFigures.none();
        }
        DsptAssessment assessment = chosen.get();
        List<String> open = assessment.plan() == null ? List.of() : assessment.plan().openActions().stream()
                .map(a -> assessment.id() + "/" + a.standardId()).toList();
        return new DsptFigures(assessment.year(),
                assessment.publishedStatus() == null ? null : assessment.publishedStatus().name(),
                assessment.deadline(), ChronoUnit.DAYS.between(asOf, assessment.deadline()), Counted.of(open));
    }
}
