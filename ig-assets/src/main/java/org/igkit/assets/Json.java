package org.igkit.assets;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * A small JSON writer (RFC 8259) for the register's exports, so that the core needs no JSON library. It writes
 * maps (keys in the map's order; use a {@link java.util.LinkedHashMap} to choose it), collections, strings,
 * booleans, integers and {@code null}, compactly. Strings are escaped as RFC 8259 section 7 requires: quote,
 * backslash and the control characters U+0000 to U+001F; U+2028, U+2029 and unpaired surrogates are escaped too,
 * so the output is also valid JavaScript and encodes to valid UTF-8.
 */
public final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /** {@code value} as JSON text. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        writeValue(out, value);
        return out.toString();
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        writeString(out, text);
        return out.toString();
    }

    private static void writeValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(out, text);
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("JSON object keys must be strings: " + entry.getKey());
                }
                writeString(out, key);
                out.append(':');
                writeValue(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeValue(out, item);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + Objects.toString(value.getClass()) + " as JSON; "
                    + "convert it to a string, boolean, integer, map or collection first");
        }
    }

    private static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029' || isUnpairedSurrogate(text, i)) {
                        unicodeEscape(out, ch);
                    } else if (Character.isHighSurrogate(ch)) {
                        out.append(ch).append(text.charAt(++i));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isUnpairedSurrogate(String text, int i) {
        char ch = text.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        // a low surrogate reached here had no high surrogate before it (a pair is consumed together)
        return Character.isLowSurrogate(ch);
    }

    private static void unicodeEscape(StringBuilder out, char ch) {
        out.append("\\u").append(HEX[(ch >> 12) & 0xF]).append(HEX[(ch >> 8) & 0xF]).append(HEX[(ch >> 4) & 0xF])
                .append(HEX[ch & 0xF]);
    }
}
