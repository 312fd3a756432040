package org.igkit.rest.http;

import java.util.List;
import java.util.Locale;

import org.igkit.core.error.ValidationException;

/**
 * Enum values read from request text: the bodies carry enum names as strings, so that a wrong one is a violation
 * at its field's path (listing what is allowed), not a Jackson error with a Java type name in it.
 */
public final class EnumFields {
    private EnumFields() {
    }

    /**
     * The constant of {@code type} named {@code text} (any case), or {@code null} when it is absent or unknown; an
     * unknown name, or an absent one when {@code required}, is added to {@code problems} at {@code path}.
     */
    public static <E extends Enum<E>> E named(Class<E> type, String text, String path, boolean required,
                                              ValidationException.Collector problems) {
        if (text == null) {
            if (required) {
                problems.add(path, "is required: one of " + List.of(type.getEnumConstants()), null);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(path, "must be one of " + List.of(type.getEnumConstants()), text);
            return null;
        }
    }
}
