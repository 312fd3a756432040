package org.igkit.core.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.core.SupportedDates;
import org.igkit.core.error.ValidationException;

class SupportedDatesTest {

    @Test
    @DisplayName("Years 1000 to 9999 are supported; a day either side is refused naming the field")
    void theBoundsAreExact() {
        assertThat(SupportedDates.require("due", LocalDate.of(1000, 1, 1))).isEqualTo(SupportedDates.MIN);
        assertThat(SupportedDates.require("due", LocalDate.of(9999, 12, 31))).isEqualTo(SupportedDates.MAX);
        assertThatThrownBy(() -> SupportedDates.require("due", LocalDate.of(999, 12, 31)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("due");
        assertThatThrownBy(() -> SupportedDates.require("due", LocalDate.of(10_000, 1, 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("years 1000 to 9999");
    }
}
