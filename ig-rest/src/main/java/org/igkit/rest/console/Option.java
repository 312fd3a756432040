package org.igkit.rest.console;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * One choice of a select or radio group.
 *
 * @param value    what the form sends
 * @param label    what the reader sees
 * @param selected whether it is the current choice
 */
public record Option(String value, String label, boolean selected) {

    /** One choice per constant of {@code values}, labelled in words, those named in {@code chosen} selected. */
    public static List<Option> of(Enum<?>[] values, Collection<String> chosen) {
        return Arrays.stream(values).map(v -> new Option(v.name(), words(v.name()), chosen.contains(v.name()))).toList();
    }

    /** {@code ENCRYPTED_KEY_SAFE} or {@code fee_paid} as "Encrypted key safe", "Fee paid". */
    public static String words(String id) {
        String lower = id.toLowerCase(Locale.ROOT).replace('_', ' ');
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
