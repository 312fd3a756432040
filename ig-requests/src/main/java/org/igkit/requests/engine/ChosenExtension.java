package org.igkit.requests.engine;

import static org.igkit.requests.engine.Wording.day;

import java.time.LocalDate;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.requests.calendar.WorkingDays;
import org.igkit.requests.regime.ExtensionLength;
import org.igkit.requests.regime.Regime;

/**
 * An extension of the length the authority chose (so many further units, or a date), within the regime's bound:
 * the statutory limit, or for a public-interest extension the deployment's bound (ICO guidance: 20 further working
 * days, option {@code pitExtensionWorkingDays}). Beyond the bound is a {@link ValidationException} naming the field.
 */
final class ChosenExtension {
    private ChosenExtension() {
    }

    /** The due date {@code length} gives after {@code due}, in working days, no later than {@code bound}. */
    static LocalDate inWorkingDays(Counting c, WorkingDays wd, LocalDate due, LocalDate bound, ExtensionLength length) {
        if (length instanceof ExtensionLength.Further) {
            int units = ((ExtensionLength.Further) length).units();
            LocalDate chosen = wd.plusWorkingDays(due, units, c.timeline().disregarded());
            if (chosen.isAfter(bound)) {
                throw beyond(c, length, units, "at most " + wd.countWorkingDays(due, bound) + " further working days",
                        bound);
            }
            return chosen;
        }
        return until(c, (ExtensionLength.Until) length, due, bound);
    }

    /** The date {@code length} gives after {@code initial}; {@code months} gives the rolled end of N further months. */
    static LocalDate inMonths(Counting c, LocalDate initial, LocalDate bound, ExtensionLength length,
                              IntFunction<LocalDate> months) {
        if (length instanceof ExtensionLength.Further) {
            int units = ((ExtensionLength.Further) length).units();
            int most = c.regime().extendedPeriod() - c.regime().period();
            if (units > most) {
                throw beyond(c, length, units, "at most " + most + " further months", bound);
            }
            return months.apply(c.regime().period() + units);
        }
        return until(c, (ExtensionLength.Until) length, initial, bound);
    }

    /** "10 further working days" / "to Friday 6 December 2024", for the explanation. */
    static String describe(ExtensionLength length) {
        return length instanceof ExtensionLength.Until ? "to " + day(((ExtensionLength.Until) length).date())
                : "by " + length;
    }

    private static LocalDate until(Counting c, ExtensionLength.Until length, LocalDate initial, LocalDate bound) {
        LocalDate date = length.date();
        if (!date.isAfter(initial)) {
            throw new ValidationException(path(c, length), "must be after the initial due date (" + initial + ")", date);
        }
        if (date.isAfter(bound)) {
            throw beyond(c, length, date, "on or before " + bound, bound);
        }
        return date;
    }

    private static ValidationException beyond(Counting c, ExtensionLength length, Object rejected, String allowed,
                                              LocalDate bound) {
        Regime regime = c.regime();
        String limit = regime.extensionCitations().stream().map(ChosenExtension::words)
                .collect(Collectors.joining("; "));
        String option = regime.rules().extensionLengthByOption() ? "; the bound is the deployment's option "
                + "pitExtensionWorkingDays, now the " + Wording.ordinal(c.options().pitExtensionWorkingDays())
                + " working day after receipt" : "";
        return new ValidationException(path(c, length), "must be " + allowed + ": the latest date " + regime.id()
                + " allows is " + bound + " (" + limit + option + ")", rejected);
    }

    private static String words(Citation citation) {
        return citation.instrument() + (citation.provision().isEmpty() ? "" : " " + citation.provision())
                + (citation.note() == null ? "" : ": " + citation.note());
    }

    private static String path(Counting c, ExtensionLength length) {
        return "events[" + c.timeline().extensionIndex() + "]." + length.field();
    }
}
