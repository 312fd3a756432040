package org.igkit.assurance.register;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.igkit.assets.AssetId;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.dpia.DpiaApproval;
import org.igkit.assurance.dpia.DpiaScreener;
import org.igkit.assurance.dpia.DpiaWarning;
import org.igkit.assurance.dpia.DpoAdvice;
import org.igkit.assurance.dpia.PriorConsultation;
import org.igkit.assurance.dpia.ScreeningAnswers;
import org.igkit.assurance.dpia.ScreeningResult;
import org.igkit.assurance.port.DpiaRepository;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;

/** The DPIA register: screens, moves each DPIA through its lifecycle, and warns of assets with none approved. */
public final class DpiaRegister {
    /** The audit subject type. */
    public static final String SUBJECT = "dpia";
    /** A processing screened (a new register entry). */
    public static final String SCREENED_ACTION = "dpia.screened";
    /** The assessment started or restarted. */
    public static final String STARTED_ACTION = "dpia.started";
    /** The DPO's advice recorded. */
    public static final String DPO_ADVICE_ACTION = "dpia.dpo-advice-recorded";
    /** The Commissioner consulted (Art 36). */
    public static final String CONSULTATION_STARTED_ACTION = "dpia.consultation-started";
    /** The consultation's advice or a decision after it lapsed recorded. */
    public static final String CONSULTATION_UPDATED_ACTION = "dpia.consultation-updated";
    /** Signed off. */
    public static final String APPROVED_ACTION = "dpia.approved";
    /** A review brought forward. */
    public static final String REVIEW_DUE_ACTION = "dpia.review-due";

    private final DpiaRepository dpias;
    private final Changes changes;
    private final DpiaScreener screener;
    private final Period reviewInterval;
    private final boolean dpoMustApprove;

    DpiaRegister(DpiaRepository dpias, Changes changes, DpiaScreener screener, Period reviewInterval,
            boolean dpoMustApprove) {
        this.dpias = dpias;
        this.changes = changes;
        this.screener = screener;
        this.reviewInterval = reviewInterval;
        this.dpoMustApprove = dpoMustApprove;
    }

    /** Screens {@code answers} without recording anything. */
    public ScreeningResult screen(ScreeningAnswers answers) {
        return screener.screen(answers);
    }

    /** Screens the processing and adds it to the register (kept even when no DPIA is required). */
    public Dpia screen(String id, String title, Set<AssetId> assets, ScreeningAnswers answers, String actor) {
        ScreeningResult result = screener.screen(answers);
        Dpia entry = Dpia.screened(id, title, assets, answers, result, LocalDate.now(changes.clock()));
        return changes.run("screening DPIA " + id, actor, SCREENED_ACTION, SUBJECT, () -> dpias.save(entry), Dpia::id,
                d -> Map.of("version", Long.toString(d.version()), "outcome", d.outcome().name(),
                        "priorConsultationRequired", Boolean.toString(result.priorConsultationRequired())));
    }

    /** Starts (or restarts after a review falls due) the DPIA at {@code expectedVersion}. */
    public Dpia start(String id, long expectedVersion, String actor) {
        return move(id, expectedVersion, STARTED_ACTION, actor, Dpia::start);
    }

    /** Records the DPO's advice. */
    public Dpia recordDpoAdvice(String id, long expectedVersion, DpoAdvice advice, String actor) {
        return move(id, expectedVersion, DPO_ADVICE_ACTION, actor, d -> d.withDpoAdvice(advice));
    }

    /** Consults the Commissioner, who received the consultation on {@code receivedOn}. */
    public Dpia consultCommissioner(String id, long expectedVersion, LocalDate receivedOn, String actor) {
        return move(id, expectedVersion, CONSULTATION_STARTED_ACTION, actor, d -> d.consultCommissioner(receivedOn));
    }

    /** Records the Commissioner's advice, or a decision after the period lapsed. */
    public Dpia updateConsultation(String id, long expectedVersion, PriorConsultation concluded, String actor) {
        return move(id, expectedVersion, CONSULTATION_UPDATED_ACTION, actor, d -> d.withConsultation(concluded));
    }

    /**
     * Signs off today, to be reviewed after the configured interval.
     *
     * @throws ValidationException on {@code approvals} when the configuration requires the DPO among the approvers
     *                             and none approves as DPO
     */
    public Dpia approve(String id, long expectedVersion, List<DpiaApproval> approvals, String actor) {
        if (dpoMustApprove && (approvals == null || approvals.stream().noneMatch(DpiaApproval::isByDpo))) {
            throw new ValidationException("approvals", "must include the DPO (this organisation's configuration)",
                    null);
        }
        return move(id, expectedVersion, APPROVED_ACTION, actor,
                d -> d.approve(approvals, LocalDate.now(changes.clock()), reviewInterval));
    }

    /** Brings the review forward to today for {@code reason} (Art 35(11)). */
    public Dpia reviewDue(String id, long expectedVersion, String reason, String actor) {
        return move(id, expectedVersion, REVIEW_DUE_ACTION, actor,
                d -> d.reviewDue(LocalDate.now(changes.clock()), reason));
    }

    /** The stored entry. */
    public Dpia get(String id) {
        return dpias.get(id);
    }

    /** Every entry. */
    public List<Dpia> all() {
        return Page.all(dpias::list).toList();
    }

    /** The DPIAs covering an asset. */
    public List<Dpia> covering(AssetId asset) {
        return dpias.covering(asset);
    }

    /** The entries whose review is due on {@code asOf}. */
    public List<Dpia> reviewDue(LocalDate asOf) {
        return all().stream().filter(d -> d.isReviewDueOn(asOf)).toList();
    }

    /** Assets whose processing screens as requiring a DPIA with none approved. */
    public List<DpiaWarning> warnings() {
        return DpiaWarning.of(all());
    }

    private Dpia move(String id, long expectedVersion, String action, String actor, UnaryOperator<Dpia> change) {
        return changes.run(action + " " + id, actor, action, SUBJECT, () -> {
            Dpia stored = dpias.get(id);
            Changes.atVersion(stored, stored.version(), expectedVersion, SUBJECT, id);
            return dpias.save(change.apply(stored));
        }, Dpia::id, d -> Map.of("version", Long.toString(d.version()), "stage", d.stage().name()));
    }
}
