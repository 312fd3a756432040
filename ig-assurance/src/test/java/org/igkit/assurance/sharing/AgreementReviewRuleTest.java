package org.igkit.assurance.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.igkit.assets.AssetFormat;
import org.igkit.assets.AssetId;
import org.igkit.assets.FlowFrequency;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.InformationFlow;
import org.igkit.assets.SecurityClassification;
import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec §2.3 and §11.4 (12 months; triggers +30 days). */
class AgreementReviewRuleTest {
    private static final AgreementReviewRule RULE = AgreementReviewRule.withDefaults();

    static SharingAgreement agreement(LocalDate from, LocalDate to) {
        return new SharingAgreement("isa-1", "Early help sharing", List.of(Party.controller("County Council",
                "Art 6(1)(e), Children Act 2004 s.10"), Party.controller("Academy Trust", "Art 6(1)(e)")),
                List.of("early help"), List.of("name", "address", "school"), "6 years after case closure",
                "secure email; role-based access", from, to, null, List.of(), AgreementStatus.ACTIVE, null, 0);
    }

    @Test
    @DisplayName("spec §11.4 I1: effective 2024-04-01, no review: due 2025-04-01, DUE that day, OVERDUE on 2025-04-02")
    void scheduledReview() {
        SharingAgreement isa = agreement(LocalDate.of(2024, 4, 1), null);
        assertThat(RULE.statusOf(isa, LocalDate.of(2025, 4, 1)).dueOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(RULE.statusOf(isa, LocalDate.of(2025, 4, 1)).state()).isEqualTo(AgreementReviewStatus.State.DUE);
        assertThat(RULE.statusOf(isa, LocalDate.of(2025, 4, 2)).state()).isEqualTo(AgreementReviewStatus.State.OVERDUE);
    }

    @Test
    @DisplayName("spec §11.4 I2 and I3: last review 2025-06-15 is due 2026-06-15; a breach on 2025-09-03 brings it to 2025-10-03")
    void aBreachBringsTheReviewForward() {
        SharingAgreement reviewed = agreement(LocalDate.of(2024, 4, 1), null).reviewedOn(LocalDate.of(2025, 6, 15));
        assertThat(RULE.statusOf(reviewed, LocalDate.of(2025, 7, 1)).dueOn()).isEqualTo(LocalDate.of(2026, 6, 15));

        SharingAgreement breached = reviewed.withEvent(new AgreementEvent(AgreementEvent.Kind.BREACH,
                LocalDate.of(2025, 9, 3), "email to the wrong school"));
        AgreementReviewStatus status = RULE.statusOf(breached, LocalDate.of(2025, 9, 4));
        assertThat(status.dueOn()).isEqualTo(LocalDate.of(2025, 10, 3));
        assertThat(status.amendmentRequired()).isFalse();
    }

    @Test
    @DisplayName("spec §11.4 I4: effectiveTo 2025-12-31 (scheduled 2026-04-01), asOf 2026-01-01 not renewed: due 2025-12-31, EXPIRED")
    void expiredAgreement() {
        SharingAgreement isa = agreement(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31));
        AgreementReviewStatus status = RULE.statusOf(isa, LocalDate.of(2026, 1, 1));
        assertThat(status.dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(status.state()).isEqualTo(AgreementReviewStatus.State.EXPIRED);
        assertThat(RULE.expired(List.of(isa), LocalDate.of(2026, 1, 1))).hasSize(1);
        assertThat(RULE.statusOf(isa.renewedTo(LocalDate.of(2027, 3, 31)), LocalDate.of(2026, 1, 1)).state())
                .isEqualTo(AgreementReviewStatus.State.NOT_DUE);
    }

    @Test
    @DisplayName("spec §11.4 I5: effective 2024-02-29 is due 2025-02-28")
    void leapDayStart() {
        assertThat(RULE.statusOf(agreement(LocalDate.of(2024, 2, 29), null), LocalDate.of(2024, 6, 1)).dueOn())
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    @DisplayName("spec §11.4 I6: lawful basis changed 2025-05-02: amendment required; due 2025-06-01")
    void aChangeOfBasisNeedsAnAmendment() {
        SharingAgreement changed = agreement(LocalDate.of(2024, 4, 1), null).reviewedOn(LocalDate.of(2025, 4, 1))
                .withEvent(new AgreementEvent(AgreementEvent.Kind.LAWFUL_BASIS_CHANGED, LocalDate.of(2025, 5, 2),
                        "now Art 6(1)(c)"));
        AgreementReviewStatus status = RULE.statusOf(changed, LocalDate.of(2025, 5, 3));
        assertThat(status.amendmentRequired()).isTrue();
        assertThat(status.dueOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    @DisplayName("the interval is an option (24 or 36 months if agreed)")
    void anotherInterval() {
        assertThat(RULE.withInterval(Period.ofMonths(24)).statusOf(agreement(LocalDate.of(2024, 4, 1), null),
                LocalDate.of(2025, 1, 1)).dueOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    @DisplayName("ICO AF: a regular flow to another organisation with no agreement in force is a warning")
    void flowsWithoutAnAgreementInForce() {
        InformationAsset asset = InformationAsset.builder(AssetId.of("EH-1"), "Early help cases")
                .businessArea("Children's services").format(AssetFormat.ELECTRONIC).assetOwner("Head of Early Help")
                .dataOwner("Team manager").classification(SecurityClassification.OFFICIAL_SENSITIVE)
                .flows(
                        InformationFlow.toOrganisation("Academy Trust", "early help", FlowFrequency.WEEKLY, "SFTP")
                                .withSharingAgreement("isa-1"),
                        InformationFlow.toOrganisation("Police", "safeguarding", FlowFrequency.MONTHLY, "email"),
                        InformationFlow.toOrganisation("Health", "referrals", FlowFrequency.DAILY, "SFTP")
                                .withSharingAgreement("isa-9"),
                        InformationFlow.toOrganisation("Court", "one request", FlowFrequency.ONE_OFF, "post"))
                .build();
        SharingAgreement ended = agreement(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

        List<SharingWarning> warnings = SharingWarning.of(List.of(asset), List.of(ended), LocalDate.of(2025, 6, 1));
        assertThat(warnings).extracting(SharingWarning::to, SharingWarning::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Academy Trust", SharingWarning.Problem.AGREEMENT_NOT_IN_FORCE),
                org.assertj.core.groups.Tuple.tuple("Police", SharingWarning.Problem.NO_AGREEMENT),
                org.assertj.core.groups.Tuple.tuple("Health", SharingWarning.Problem.UNKNOWN_AGREEMENT));
        assertThat(SharingWarning.of(List.of(asset), List.of(ended.renewedTo(null)), LocalDate.of(2025, 6, 1)))
                .hasSize(2);
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new SharingAgreement("isa-2", "One party", List.of(Party.controller("A", "6(1)(e)")),
                List.of("x"), List.of("y"), "r", "s", LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), null,
                List.of(), AgreementStatus.ACTIVE, null, 0)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("parties",
                                "effectiveTo"));
    }
}
