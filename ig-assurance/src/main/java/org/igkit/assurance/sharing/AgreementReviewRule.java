package org.igkit.assurance.sharing;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.igkit.assurance.AssuranceSources;
import org.igkit.assurance.DueState;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Explanation;

/**
 * When an agreement's review is due (spec §2.3): {@code scheduled = lastReviewOrStart + interval} (default 12
 * months; 24 or 36 if agreed), {@code triggered = event + 30 days} for each event since, {@code due = min(scheduled,
 * triggered..., effectiveTo)}. {@code DUE} on the date, {@code OVERDUE} after it, {@code EXPIRED} after the end date.
 */
public final class AgreementReviewRule {
    private final Period interval;
    private final Period triggerPeriod;

    private AgreementReviewRule(Period interval, Period triggerPeriod) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new ValidationException("interval", "must be a positive period, e.g. P12M", interval);
        }
        if (triggerPeriod == null || triggerPeriod.isNegative()) {
            throw new ValidationException("triggerPeriod", "must be a period of 0 days or more", triggerPeriod);
        }
        this.interval = interval;
        this.triggerPeriod = triggerPeriod;
    }

    /** 12 months between reviews, 30 days after a trigger. */
    public static AgreementReviewRule withDefaults() {
        return new AgreementReviewRule(Period.ofMonths(12), Period.ofDays(30));
    }

    /** A copy with another interval between reviews (e.g. 24 or 36 months if the parties agree). */
    public AgreementReviewRule withInterval(Period newInterval) {
        return new AgreementReviewRule(newInterval, triggerPeriod);
    }

    /** A copy with another trigger period. */
    public AgreementReviewRule withTriggerPeriod(Period newTriggerPeriod) {
        return new AgreementReviewRule(interval, newTriggerPeriod);
    }

    /** The review status of {@code agreement} on {@code asOf}. */
    public AgreementReviewStatus statusOf(SharingAgreement agreement, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Explanation.Builder why = Explanation.builder();
        LocalDate base = agreement.lastReviewedOn() == null ? agreement.effectiveFrom() : agreement.lastReviewedOn();
        LocalDate due = base.plus(interval);
        why.step((agreement.lastReviewedOn() == null ? "Effective " : "Last reviewed ") + base + "; reviewed every "
                + interval + ", so due " + due, AssuranceSources.SHARING,
                AssuranceSources.choice("agreements are reviewed every " + interval));
        boolean amend = false;
        for (AgreementEvent event : agreement.pendingEvents()) {
            LocalDate triggered = event.on().plus(triggerPeriod);
            amend |= event.kind().requiresAmendment();
            why.step(event.kind() + " on " + event.on() + " (" + event.note() + ") brings the review to " + triggered
                    + (event.kind().requiresAmendment() ? "; the agreement must be amended" : ""),
                    AssuranceSources.SHARING, AssuranceSources.choice("a trigger brings the review to within "
                            + triggerPeriod));
            if (triggered.isBefore(due)) {
                due = triggered;
            }
        }
        if (agreement.effectiveTo() != null && agreement.effectiveTo().isBefore(due)) {
            due = agreement.effectiveTo();
            why.step("It ends " + due + ", before then: the review is due by its end date");
        }
        AgreementReviewStatus.State state;
        if (agreement.effectiveTo() != null && asOf.isAfter(agreement.effectiveTo())) {
            state = AgreementReviewStatus.State.EXPIRED;
            why.step("On " + asOf + " it has passed its end date " + agreement.effectiveTo() + " without renewal: expired");
        } else {
            DueState plain = DueState.of(due, asOf);
            state = AgreementReviewStatus.State.valueOf(plain.name());
            why.step("On " + asOf + " the review due " + due + " is " + plain.name().toLowerCase().replace('_', ' '));
        }
        return new AgreementReviewStatus(agreement.id(), due, state, amend, why.build());
    }

    /** The active agreements whose review is due or overdue on {@code asOf}, earliest first. */
    public List<AgreementReviewStatus> reviewDue(Collection<SharingAgreement> agreements, LocalDate asOf) {
        return select(agreements, asOf, AgreementReviewStatus.State.DUE, AgreementReviewStatus.State.OVERDUE);
    }

    /** The active agreements past their end date on {@code asOf}, earliest first. */
    public List<AgreementReviewStatus> expired(Collection<SharingAgreement> agreements, LocalDate asOf) {
        return select(agreements, asOf, AgreementReviewStatus.State.EXPIRED);
    }

    private List<AgreementReviewStatus> select(Collection<SharingAgreement> agreements, LocalDate asOf,
            AgreementReviewStatus.State... states) {
        List<AgreementReviewStatus.State> wanted = List.of(states);
        return agreements.stream().filter(a -> a.status() == AgreementStatus.ACTIVE).map(a -> statusOf(a, asOf))
                .filter(s -> wanted.contains(s.state()))
                .sorted(Comparator.comparing(AgreementReviewStatus::dueOn)
                        .thenComparing(AgreementReviewStatus::agreementId))
                .toList();
    }
}
