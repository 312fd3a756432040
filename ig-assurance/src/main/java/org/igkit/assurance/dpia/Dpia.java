package org.igkit.assurance.dpia;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.igkit.assets.AssetId;
import org.igkit.core.IdRule;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;

/**
 * An entry of the DPIA register: the processing screened, the assets it covers, the screening and its outcome, and
 * where the assessment is in its lifecycle ({@link DpiaStage}). The moves are methods that refuse an illegal
 * transition with a {@link ConflictException} ({@code INVALID_STATE}); the canonical constructor rebuilds a stored
 * entry as it is.
 *
 * @param id            the register's id
 * @param title         the processing assessed
 * @param assets        the information assets it covers
 * @param answers       the screening answers
 * @param outcome       the screening outcome when screened
 * @param screenedOn    when screened
 * @param stage         the lifecycle stage
 * @param dpoAdvice     the DPO's advice, or {@code null}
 * @param consultation  the Art 36 consultation, or {@code null}
 * @param approvals     the sign-offs, empty until approved
 * @param approvedOn    the day of sign-off, or {@code null}
 * @param reviewDueOn   when it must be reviewed, or {@code null} until approved
 * @param reviewReason  why a review was brought forward, or {@code null}
 * @param version       the optimistic-locking version: 0 before the first save
 */
public record Dpia(String id, String title, Set<AssetId> assets, ScreeningAnswers answers, ScreeningOutcome outcome,
        LocalDate screenedOn, DpiaStage stage, DpoAdvice dpoAdvice, PriorConsultation consultation,
        List<DpiaApproval> approvals, LocalDate approvedOn, LocalDate reviewDueOn, String reviewReason, long version) {

    public Dpia {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "id", id);
        problems.require(title != null && !title.isBlank(), "title", "must not be blank", title);
        problems.require(answers != null, "answers", "is required", null);
        problems.require(outcome != null, "outcome", "is required", null);
        problems.require(screenedOn != null, "screenedOn", "is required", null);
        problems.require(stage != null, "stage", "is required", null);
        problems.require(version >= 0, "version", "must be 0 (never saved) or more", version);
        problems.throwIfAny();
        assets = Set.copyOf(new TreeSet<>(Objects.requireNonNullElse(assets, Set.of())));
        approvals = List.copyOf(Objects.requireNonNullElse(approvals, List.of()));
    }

    /** A new entry screened on {@code on} with {@code result}, covering {@code assets}. */
    public static Dpia screened(String id, String title, Set<AssetId> assets, ScreeningAnswers answers,
            ScreeningResult result, LocalDate on) {
        return new Dpia(id, title, assets, answers, result.outcome(), on, DpiaStage.SCREENED, null, null, List.of(),
                null, null, null, 0);
    }

    /** Starts (or, after a review falls due, restarts) the assessment. */
    public Dpia start() {
        require(stage == DpiaStage.SCREENED || stage == DpiaStage.REVIEW_DUE, "start");
        return new Dpia(id, title, assets, answers, outcome, screenedOn, DpiaStage.IN_PROGRESS, dpoAdvice,
                consultation, approvals, approvedOn, reviewDueOn, reviewReason, version);
    }

    /** Records the DPO's advice (Art 35(2)). */
    public Dpia withDpoAdvice(DpoAdvice advice) {
        Objects.requireNonNull(advice, "advice");
        require(stage == DpiaStage.IN_PROGRESS, "record the DPO's advice");
        return new Dpia(id, title, assets, answers, outcome, screenedOn, DpiaStage.DPO_ADVICE_RECORDED, advice,
                consultation, approvals, approvedOn, reviewDueOn, reviewReason, version);
    }

    /** Starts the Art 36 consultation, received by the Commissioner on {@code receivedOn}; needs residual high risk. */
    public Dpia consultCommissioner(LocalDate receivedOn) {
        require(stage == DpiaStage.DPO_ADVICE_RECORDED && answers.residualHighRisk(),
                "consult the Commissioner (needs the DPO's advice and residual high risk)");
        return new Dpia(id, title, assets, answers, outcome, screenedOn, DpiaStage.PRIOR_CONSULTATION, dpoAdvice,
                PriorConsultation.receivedOn(receivedOn), approvals, approvedOn, reviewDueOn, reviewReason, version);
    }

    /** Records the Commissioner's advice, or a decision made after the period lapsed, in the consultation. */
    public Dpia withConsultation(PriorConsultation concluded) {
        Objects.requireNonNull(concluded, "concluded");
        require(stage == DpiaStage.PRIOR_CONSULTATION, "record the Commissioner's advice");
        return new Dpia(id, title, assets, answers, outcome, screenedOn, stage, dpoAdvice, concluded, approvals,
                approvedOn, reviewDueOn, reviewReason, version);
    }

    /**
     * Signs off on {@code on}, to be reviewed {@code reviewInterval} later (default 12 months, spec §1.5). With
     * residual high risk, only once the Commissioner's advice arrived or a decision was recorded after the period.
     */
    public Dpia approve(List<DpiaApproval> by, LocalDate on, Period reviewInterval) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(reviewInterval, "reviewInterval");
        if (by == null || by.isEmpty()) {
            throw new ValidationException("approvals", "must name at least one approver", null);
        }
        boolean ready = answers.residualHighRisk()
                ? stage == DpiaStage.PRIOR_CONSULTATION && consultation.allowsApprovalOn(on)
                : stage == DpiaStage.DPO_ADVICE_RECORDED;
        require(ready, answers.residualHighRisk()
                ? "approve on " + on + " (residual high risk: the Commissioner's advice must be in first, or the "
                        + "8-week period have lapsed with a decision recorded, Art 36(1)-(2))"
                : "approve (the DPO's advice must be recorded first, Art 35(2))");
        return new Dpia(id, title, assets, answers, outcome, screenedOn, DpiaStage.APPROVED, dpoAdvice, consultation,
                by, on, on.plus(reviewInterval), null, version);
    }

    /** Brings the review forward to {@code on} for {@code reason} (a change to the processing, a breach, new technology). */
    public Dpia reviewDue(LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "must say why the review is due", reason);
        }
        require(stage == DpiaStage.APPROVED, "mark for review");
        return new Dpia(id, title, assets, answers, outcome, screenedOn, DpiaStage.REVIEW_DUE, dpoAdvice, consultation,
                approvals, approvedOn, on, reason, version);
    }

    /** True when signed off at some point (approved, or approved and now due for review). */
    public boolean hasBeenApproved() {
        return approvedOn != null;
    }

    /** True when its review is due on {@code date}: marked, or the review date reached. */
    public boolean isReviewDueOn(LocalDate date) {
        return stage == DpiaStage.REVIEW_DUE || (stage == DpiaStage.APPROVED && !reviewDueOn.isAfter(date));
    }

    /** True when the DPO both advised and accepts the residual risk: a possible conflict (Art 38(6)). */
    public boolean dpoAcceptsResidualRisk() {
        return approvals.stream().anyMatch(a -> a.isByDpo() && a.acceptsResidualRisk());
    }

    /** A copy with another version (used by stores when they save). */
    public Dpia withVersion(long newVersion) {
        return new Dpia(id, title, assets, answers, outcome, screenedOn, stage, dpoAdvice, consultation, approvals,
                approvedOn, reviewDueOn, reviewReason, newVersion);
    }

    private void require(boolean allowed, String move) {
        if (!allowed) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    "DPIA '" + id + "' is " + stage + ": cannot " + move);
        }
    }
}
