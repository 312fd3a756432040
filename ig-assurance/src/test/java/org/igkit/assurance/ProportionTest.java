package org.igkit.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProportionTest {
    @Test
    @DisplayName("spec §4: the exact fraction is compared with the target; display rounds half up to 1 dp")
    void exactComparisonRoundedDisplay() {
        assertThat(Proportion.of(186, 195).percent()).contains(new BigDecimal("95.4"));
        assertThat(Proportion.of(186, 195).meets(new BigDecimal("0.954"))).isFalse();
        assertThat(Proportion.of(19, 20).meets(new BigDecimal("0.95"))).isTrue();
        assertThat(Proportion.of(1, 8).percent()).contains(new BigDecimal("12.5"));
        assertThat(Proportion.of(1, 16).percent()).contains(new BigDecimal("6.3"));
        assertThat(Proportion.of(0, 0).percent()).isEmpty();
        assertThat(Proportion.of(0, 0).meets(BigDecimal.ONE)).isTrue();
        assertThat(Proportion.of(57, 60)).hasToString("57 of 60 (95.0%)");
    }

    @Test
    void neverAboveAll() {
        assertThatThrownBy(() -> Proportion.of(3, 2)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).path()).isEqualTo("numerator"));
    }
}
