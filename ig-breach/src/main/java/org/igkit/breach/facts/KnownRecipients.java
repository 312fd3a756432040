package org.igkit.breach.facts;

import org.igkit.core.error.ValidationException;

/**
 * The disclosure went only to {@code count} identified recipients whom the controller can ask to delete or return the
 * data: a letter in the wrong envelope, an email to the wrong customer (EDPB 01/2021 Cases 13 and 16). Knowing who
 * has the data, and being able to ask them to give it up, is what makes such a breach contained; rule R2E does not
 * treat a few such recipients as an exfiltration to anyone (docs/breach.md). Absent on {@link BreachFacts} means not
 * known, and the assessment then assumes the data may be anywhere.
 *
 * @param count how many identified recipients had the data; at least 1
 */
public record KnownRecipients(int count) {
    public KnownRecipients {
        if (count < 1) {
            throw new ValidationException("count", "must be 1 or more: the number of identified recipients who had the "
                    + "data (leave the fact out when they are not known)", count);
        }
    }

    /** The data went only to {@code count} identified recipients who can be asked to delete it. */
    public static KnownRecipients of(int count) {
        return new KnownRecipients(count);
    }

    /** True when there are no more than {@code limit} of them. */
    public boolean isAtMost(int limit) {
        return count <= limit;
    }
}
