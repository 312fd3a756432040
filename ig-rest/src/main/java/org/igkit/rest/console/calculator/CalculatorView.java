package org.igkit.rest.console.calculator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.rest.console.Answers;
import org.igkit.rest.console.FieldError;
import org.igkit.rest.console.Frame;
import org.igkit.rest.console.Option;

/**
 * What the calculator page shows: the form (as typed), its errors, and the answer when there is one.
 *
 * @param frame      the layout
 * @param inputs     the inputs as typed
 * @param regimes    the regime choices
 * @param nations    the nation choices
 * @param eventTypes the event type choices (every row offers the same, none selected)
 * @param errors     what is wrong with the inputs, for the error summary
 * @param answer     the answer, when the inputs were complete and valid
 */
public record CalculatorView(Frame frame, CalculatorInputs inputs, List<Option> regimes, List<Option> nations,
                             List<Option> eventTypes, List<FieldError> errors, Optional<Answer> answer) {
    public CalculatorView {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(inputs, "inputs");
        regimes = List.copyOf(regimes);
        nations = List.copyOf(nations);
        eventTypes = List.copyOf(eventTypes);
        errors = List.copyOf(errors);
        Objects.requireNonNull(answer, "answer");
    }

    /** The event type choices of {@code row}, with its own selected. */
    public List<Option> eventTypesFor(CalculatorInputs.EventRow row) {
        return eventTypes.stream().map(o -> new Option(o.value(), o.label(), o.value().equals(row.type()))).toList();
    }

    /** The message beside {@code field}, if it has one. */
    public Optional<String> errorFor(String field) {
        return FieldError.messageFor(errors, field);
    }

    /**
     * The deadline answer.
     *
     * @param regimeTitle the regime's title (the version in force on receipt)
     * @param dueDate     the due date, worded
     * @param latestDate  the latest lawful date if every extension were taken, worded
     * @param status      where the request stands today, worded
     * @param steps       the explanation
     * @param calendar    the bank-holiday data version
     * @param projected   true when a date beyond the published holidays was projected
     * @param permalink   the address of this calculation
     */
    public record Answer(String regimeTitle, String dueDate, String latestDate, String status,
                         List<Answers.Step> steps, String calendar, boolean projected, String permalink) {
    }
}
