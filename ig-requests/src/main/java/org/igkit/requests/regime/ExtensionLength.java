package org.igkit.requests.regime;

import java.time.LocalDate;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * The length an authority chose for an extension when it is shorter than the most the regime allows: so many
 * further units after the initial due date (the MoJ's practice of extending FOIA by 10 working days; a subject
 * access request extended by one further month), or a date. The engine refuses one beyond the regime's bound,
 * naming the field.
 */
public sealed interface ExtensionLength permits ExtensionLength.Further, ExtensionLength.Until {

    /** {@code units} further working days after the initial due date. */
    static ExtensionLength workingDays(int units) {
        return new Further(units, PeriodUnit.WORKING_DAYS);
    }

    /** {@code units} further calendar months (subject access). */
    static ExtensionLength months(int units) {
        return new Further(units, PeriodUnit.CALENDAR_MONTHS);
    }

    /** Extended to {@code date}. */
    static ExtensionLength until(LocalDate date) {
        return new Until(date);
    }

    /** The name of the field that carries this length in the spec vocabulary and the HTTP API. */
    String field();

    /**
     * So many further units after the initial due date.
     *
     * @param units how many, at least 1
     * @param unit  working days (working- and school-day regimes) or calendar months (subject access)
     */
    record Further(int units, PeriodUnit unit) implements ExtensionLength {
        public Further {
            Objects.requireNonNull(unit, "unit");
            if (unit != PeriodUnit.WORKING_DAYS && unit != PeriodUnit.CALENDAR_MONTHS) {
                throw new IllegalArgumentException("an extension is counted in working days or months: " + unit);
            }
            if (units < 1) {
                throw new ValidationException(fieldOf(unit), "must be at least 1", units);
            }
        }

        @Override
        public String field() {
            return fieldOf(unit);
        }

        /** "extensionDays" or "extensionMonths": the field of a length in {@code unit}. */
        public static String fieldOf(PeriodUnit unit) {
            return unit == PeriodUnit.CALENDAR_MONTHS ? "extensionMonths" : "extensionDays";
        }

        @Override
        public String toString() {
            return units + " further " + unit.words();
        }
    }

    /**
     * Extended to a date.
     *
     * @param date the new due date
     */
    record Until(LocalDate date) implements ExtensionLength {
        public Until {
            Objects.requireNonNull(date, "until");
        }

        @Override
        public String field() {
            return "until";
        }

        @Override
        public String toString() {
            return "until " + date;
        }
    }
}
