package org.igkit.assurance.register;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.igkit.assets.InformationAsset;
import org.igkit.assurance.port.SharingAgreementRepository;
import org.igkit.assurance.sharing.AgreementEvent;
import org.igkit.assurance.sharing.AgreementReviewRule;
import org.igkit.assurance.sharing.AgreementReviewStatus;
import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.assurance.sharing.SharingWarning;
import org.igkit.core.paging.Page;

/** The central log of information sharing agreements. */
public final class SharingRegister {
    /** The audit subject type. */
    public static final String SUBJECT = "sharing agreement";
    /** An agreement added or replaced. */
    public static final String SAVED_ACTION = "sharing.saved";
    /** An event recorded against an agreement. */
    public static final String EVENT_RECORDED_ACTION = "sharing.event-recorded";
    /** A review recorded. */
    public static final String REVIEWED_ACTION = "sharing.reviewed";

    private final SharingAgreementRepository agreements;
    private final Changes changes;
    private final AgreementReviewRule rule;

    SharingRegister(SharingAgreementRepository agreements, Changes changes, AgreementReviewRule rule) {
        this.agreements = agreements;
        this.changes = changes;
        this.rule = rule;
    }

    /** Adds (version 0) or replaces (at its version) an agreement. */
    public SharingAgreement save(SharingAgreement agreement, String actor) {
        Objects.requireNonNull(agreement, "agreement");
        return changes.run("saving sharing agreement " + agreement.id(), actor, SAVED_ACTION, SUBJECT,
                () -> agreements.save(agreement), SharingAgreement::id,
                a -> Map.of("version", Long.toString(a.version()), "status", a.status().name()));
    }

    /** Records a trigger (breach, complaint, change) against the agreement at {@code expectedVersion}. */
    public SharingAgreement recordEvent(String id, long expectedVersion, AgreementEvent event, String actor) {
        return change(id, expectedVersion, EVENT_RECORDED_ACTION, actor, a -> a.withEvent(event));
    }

    /** Records a review on {@code on}. */
    public SharingAgreement recordReview(String id, long expectedVersion, LocalDate on, String actor) {
        return change(id, expectedVersion, REVIEWED_ACTION, actor, a -> a.reviewedOn(on));
    }

    /** The agreement with {@code id}; a {@link org.igkit.core.error.NotFoundException} when there is none. */
    public SharingAgreement get(String id) {
        return agreements.get(id);
    }

    /** Every agreement on the log. */
    public List<SharingAgreement> all() {
        return Page.all(agreements::list).toList();
    }

    /** The review status of one agreement. */
    public AgreementReviewStatus reviewStatus(String id, LocalDate asOf) {
        return rule.statusOf(agreements.get(id), asOf);
    }

    /** Active agreements due or overdue for review on {@code asOf}. */
    public List<AgreementReviewStatus> reviewDue(LocalDate asOf) {
        return rule.reviewDue(all(), asOf);
    }

    /** Active agreements past their end date on {@code asOf}. */
    public List<AgreementReviewStatus> expired(LocalDate asOf) {
        return rule.expired(all(), asOf);
    }

    /** Regular flows of {@code assets} to other organisations with no agreement in force on {@code asOf}. */
    public List<SharingWarning> warnings(Collection<InformationAsset> assets, LocalDate asOf) {
        return SharingWarning.of(assets, all(), asOf);
    }

    private SharingAgreement change(String id, long expectedVersion, String action, String actor,
            UnaryOperator<SharingAgreement> change) {
        return changes.run(action + " " + id, actor, action, SUBJECT, () -> {
            SharingAgreement stored = agreements.get(id);
            Changes.atVersion(stored, stored.version(), expectedVersion, SUBJECT, id);
            return agreements.save(change.apply(stored));
        }, SharingAgreement::id, a -> Map.of("version", Long.toString(a.version())));
    }
}
