package org.igkit.breach.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ENISA scores arrive as decimals: they are parsed into exact quarters, and bad ones are refused by field. */
class EnisaInputTest {

    @Test
    @DisplayName("Decimals in 0.25 steps parse exactly, whatever their scale (0.5, 0.50, 1, 1.00)")
    void parsesQuarters() {
        EnisaInput input = EnisaInput.parse(2, List.of(), new BigDecimal("0.75"), new BigDecimal("0.50"),
                new BigDecimal("0"), new BigDecimal("0.25"), false);
        assertThat(input.ei()).isEqualTo(Quarters.ofQuarters(3));
        assertThat(input.confidentiality()).isEqualTo(Quarters.ofQuarters(2));
        assertThat(input.availability().toString()).isEqualTo("0.25");
        assertThat(Quarters.parse("1.00", "ei").toBigDecimal()).isEqualByComparingTo("1");
        assertThat(Quarters.ofWhole(2).toString()).isEqualTo("2");
    }

    @Test
    @DisplayName("A value that is not a multiple of 0.25 or out of range is refused, every field named at once")
    void refusesBadValuesNamingEachField() {
        assertThatThrownBy(() -> EnisaInput.parse(5, List.of(), new BigDecimal("0.3"), new BigDecimal("0.75"),
                new BigDecimal("-0.25"), null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .containsExactly("ei", "availability", "dpc", "confidentiality", "integrity"));
    }

    @Test
    @DisplayName("EI 0 is refused: ENISA's lowest level is 0.25 (Annex 2)")
    void eiZeroRefused() {
        assertThatThrownBy(() -> EnisaInput.of(1, Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("ei"));
    }

    @Test
    @DisplayName("ENISA s.3.1.1: a score that differs from the basic one needs a justification")
    void adjustmentNeedsJustification() {
        assertThatThrownBy(() -> CategoryScore.adjusted(DataCategory.SIMPLE, 3, " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("justification"));
        assertThat(CategoryScore.adjusted(DataCategory.SIMPLE, 3, "online pharmacy").isAdjusted()).isTrue();
    }

    @Test
    @DisplayName("The basic score must be ENISA's for the category (financial 3)")
    void basicMustBeEnisas() {
        assertThatThrownBy(() -> new CategoryScore(DataCategory.FINANCIAL, 1, 1, ""))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("basic"));
    }

    @Test
    @DisplayName("DPC may be given or derived from the categories; when both are given they must agree")
    void dpcGivenOrDerived() {
        Quarters one = Quarters.ofWhole(1);
        EnisaInput derived = new EnisaInput(null, List.of(CategoryScore.basic(DataCategory.BEHAVIOURAL)), one,
                Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false);
        assertThat(derived.effectiveDpc()).isEqualTo(2);
        assertThatThrownBy(() -> new EnisaInput(3, List.of(CategoryScore.basic(DataCategory.BEHAVIOURAL)), one,
                Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("dpc"));
        assertThatThrownBy(() -> new EnisaInput(null, List.of(), one, Quarters.ZERO, Quarters.ZERO, Quarters.ZERO,
                false)).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("Text that is not a number is refused with the field named")
    void refusesText() {
        assertThatThrownBy(() -> Quarters.parse("three quarters", "enisa.ei"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("enisa.ei"));
    }
}
