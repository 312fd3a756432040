package org.igkit.breach.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fact that the data went only to a number of identified recipients who can be asked to delete it. */
class KnownRecipientsTest {
    private static final OffsetDateTime AWARE = OffsetDateTime.parse("2024-03-29T16:00:00Z");

    private static EnisaInput scored(String confidentiality) {
        return EnisaInput.of(1, Quarters.parse("1", "ei"), Quarters.parse(confidentiality, "c"), Quarters.ZERO,
                Quarters.ZERO, false);
    }

    private static BreachFacts.Builder letter() {
        return BreachFacts.builder(AWARE).regimes(Regime.UK_GDPR).breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(scored("0.25"));
    }

    @Test
    @DisplayName("Absent by default, and the constructor with the 23 earlier facts leaves it absent")
    void absentByDefault() {
        assertThat(letter().build().findKnownRecipients()).isEmpty();
        BreachFacts old = new BreachFacts(AWARE, null, EnumSet.of(Regime.UK_GDPR),
                EnumSet.of(BreachType.CONFIDENTIALITY), scored("0.25"), null, false, true, 2, false, null, false, null,
                null, List.of(), false, false, false, null, null, null, null, null);
        assertThat(old.knownRecipients()).isNull();
        assertThat(old).isEqualTo(letter().identityFraudData(true).individuals(2).build());
        assertThat(letter().knownRecipients(1).build().toBuilder().build().findKnownRecipients())
                .contains(KnownRecipients.of(1));
    }

    @Test
    @DisplayName("Zero or fewer recipients is refused, naming count")
    void atLeastOne() {
        assertThatThrownBy(() -> KnownRecipients.of(0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("count"));
        assertThat(KnownRecipients.of(10).isAtMost(10)).isTrue();
        assertThat(KnownRecipients.of(11).isAtMost(10)).isFalse();
    }

    @Test
    @DisplayName("Known recipients need a confidentiality breach, and contradict ENISA's 'unknown number of "
            + "recipients' (0.5, Annex 3)")
    void consistentWithTheRest() {
        assertThatThrownBy(() -> letter().breachTypes(BreachType.AVAILABILITY).enisa(EnisaInput.of(1,
                Quarters.parse("1", "ei"), Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false)).knownRecipients(1)
                .build()).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("knownRecipients"));
        assertThatThrownBy(() -> letter().enisa(scored("0.5")).knownRecipients(3).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("knownRecipients"));
        assertThat(letter().enisa(scored("0")).knownRecipients(1).build().knownRecipients().count()).isEqualTo(1);
    }
}
