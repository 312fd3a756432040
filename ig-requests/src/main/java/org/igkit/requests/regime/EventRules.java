package org.igkit.requests.regime;

import java.util.List;
import java.util.Objects;

import org.igkit.core.explain.Citation;

/**
 * What a regime's events cite and which of its readings are left to the deployment's options.
 *
 * @param restartCitations        the provisions cited when an answer restarts the period
 * @param feesCitation            the provision cited when working days between a fees notice and payment are
 *                                disregarded
 * @param pauseCitations          the provisions cited when a clarification pauses the clock
 * @param feesPauseOnlyByOption   true when a fees notice pauses the clock only if the deployment chooses so
 *                                (EIR reg 8, spec U9)
 * @param monthReadingByOption    true when the month is read as the deployment chooses (DPA 2018 Part 3, U4)
 * @param extensionName           the extension in words, e.g. "Public interest extension"
 * @param extensionLengthByOption true when the extended period is the deployment's public-interest target
 *                                rather than {@code extendedPeriod}
 * @param noticeStillDue          the notice still due by the initial date once extended (e.g. "the s.17
 *                                notice"), or an empty string
 * @param postedDaysToReceipt     how many days after the day of posting a posted request is presumed received
 *                                (FOISA s.74(2)(b): 3), or 0 when the regime has no such presumption
 * @param postalCitation          the provision of that presumption, or {@code null}
 * @param temporary               true for a temporary version (e.g. the Coronavirus (Scotland) Act 2020 limits)
 *                                a deployment may choose not to apply
 */
public record EventRules(List<Citation> restartCitations, Citation feesCitation, List<Citation> pauseCitations,
                         boolean feesPauseOnlyByOption, boolean monthReadingByOption, String extensionName,
                         boolean extensionLengthByOption, String noticeStillDue, int postedDaysToReceipt,
                         Citation postalCitation, boolean temporary) {
    public EventRules {
        restartCitations = List.copyOf(restartCitations);
        Objects.requireNonNull(feesCitation, "feesCitation");
        pauseCitations = List.copyOf(pauseCitations);
        Objects.requireNonNull(extensionName, "extensionName");
        Objects.requireNonNull(noticeStillDue, "noticeStillDue");
        if (postedDaysToReceipt < 0 || (postedDaysToReceipt > 0) != (postalCitation != null)) {
            throw new IllegalArgumentException("a postal presumption needs both its days and its citation");
        }
    }

    /** True when a posted request is presumed received some days after posting. */
    public boolean hasPostalPresumption() {
        return postedDaysToReceipt > 0;
    }
}
