package org.igkit.assurance.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.igkit.assurance.DueState;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyReviewRuleTest {
    private static final PolicyReviewRule RULE = PolicyReviewRule.withDefaults();

    static Policy approvedOn(LocalDate on) {
        return Policy.of("data-protection", "Data protection policy", "DPO", "Headteacher and Governing Board",
                Period.ofMonths(12), PolicyVersion.approved("1.0", "DPO", on, "First issue",
                        List.of(Approval.of("Governing Board", "Chair", on)), false));
    }

    @Test
    @DisplayName("spec §5 P1 (ICO AF, Review and approval): approved 2024-06-10 is due 2025-06-10, overdue on 2025-06-11")
    void approvedPolicyIsDueAYearLater() {
        Policy policy = approvedOn(LocalDate.of(2024, 6, 10));

        assertThat(RULE.statusOf(policy, LocalDate.of(2025, 6, 10)).dueOn()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(RULE.statusOf(policy, LocalDate.of(2025, 6, 10)).state()).isEqualTo(DueState.DUE);
        assertThat(RULE.statusOf(policy, LocalDate.of(2025, 6, 11)).state()).isEqualTo(DueState.OVERDUE);
        assertThat(RULE.statusOf(policy, LocalDate.of(2025, 6, 11)).explanation().steps().get(0).citations())
                .isNotEmpty();
    }

    @Test
    @DisplayName("spec §5 P2 (S4 §14 version table): a NO_CHANGE review on 2025-05-20 writes a version row; due 2026-05-20")
    void aReviewWithoutChangeStillWritesAVersion() {
        Policy reviewed = approvedOn(LocalDate.of(2024, 6, 10)).reviewed(LocalDate.of(2025, 5, 20), "IG Team",
                ReviewOutcome.NO_CHANGE, new PolicyVersion("1.1", "IG Team", LocalDate.of(2025, 5, 20),
                        "No changes made", List.of(), LocalDate.of(2025, 5, 20), false));

        assertThat(reviewed.versions()).extracting(PolicyVersion::version).containsExactly("1.0", "1.1");
        assertThat(RULE.statusOf(reviewed, LocalDate.of(2025, 6, 1)).dueOn()).isEqualTo(LocalDate.of(2026, 5, 20));
    }

    @Test
    @DisplayName("spec §5 P3 (S0 §4, S1 §8): a breach linked on 2025-11-03 brings the review to 2025-12-03")
    void aBreachBringsTheReviewForward() {
        Policy policy = approvedOn(LocalDate.of(2025, 5, 20))
                .withTrigger(ReviewTrigger.breach(BreachReference.of("BR-7", LocalDate.of(2025, 11, 3),
                        "data-protection")));

        PolicyReviewStatus status = RULE.statusOf(policy, LocalDate.of(2025, 11, 10));
        assertThat(status.dueOn()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(status.explanation().toString()).contains("BR-7");
    }

    @Test
    @DisplayName("the review record shows which breaches it considered, and they no longer bring the next review forward")
    void aReviewConsidersThePendingBreaches() {
        Policy policy = approvedOn(LocalDate.of(2025, 5, 20))
                .withTrigger(ReviewTrigger.breach(BreachReference.of("BR-7", LocalDate.of(2025, 11, 3),
                        "data-protection")));
        Policy reviewed = policy.reviewed(LocalDate.of(2025, 11, 20), "DPO", ReviewOutcome.MINOR,
                PolicyVersion.approved("1.1", "DPO", LocalDate.of(2025, 11, 20), "Envelope checks added",
                        List.of(Approval.of("Headteacher", "Head", LocalDate.of(2025, 11, 24))), false));

        assertThat(reviewed.reviews().get(0).breachesConsidered()).containsExactly("BR-7");
        assertThat(reviewed.pendingTriggers()).isEmpty();
        assertThat(RULE.statusOf(reviewed, LocalDate.of(2025, 12, 1)).dueOn()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    @DisplayName("the trigger period is an option: 14 days brings the review to 2025-11-17")
    void theTriggerPeriodIsAnOption() {
        Policy policy = approvedOn(LocalDate.of(2025, 5, 20))
                .withTrigger(ReviewTrigger.legislativeChange(LocalDate.of(2025, 11, 3), "Data (Use and Access) Act"));

        assertThat(PolicyReviewRule.withTriggerPeriod(Period.ofDays(14)).statusOf(policy, LocalDate.of(2025, 11, 4))
                .dueOn()).isEqualTo(LocalDate.of(2025, 11, 17));
    }

    @Test
    void theOverdueListHoldsOnlyOverduePolicies() {
        Policy late = approvedOn(LocalDate.of(2024, 1, 10));
        Policy fine = approvedOn(LocalDate.of(2025, 1, 10));

        assertThat(RULE.overdue(List.of(late, fine), LocalDate.of(2025, 3, 1)))
                .extracting(PolicyReviewStatus::dueOn).containsExactly(LocalDate.of(2025, 1, 10));
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new PolicyVersion("", "a", LocalDate.of(2025, 1, 1), "x", List.of(),
                LocalDate.of(2025, 1, 1), false)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("version"));
        Policy policy = approvedOn(LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> policy.withNewVersion(PolicyVersion.approved("1.0", "a", LocalDate.of(2025, 2, 1),
                "again", List.of(), false))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("versions[1].version"));
        BreachReference breach = BreachReference.of("BR-1", LocalDate.of(2025, 2, 1), "data-protection");
        Policy once = policy.withTrigger(ReviewTrigger.breach(breach));
        assertThatThrownBy(() -> once.withTrigger(ReviewTrigger.breach(breach))).isInstanceOf(ConflictException.class);
    }
}
