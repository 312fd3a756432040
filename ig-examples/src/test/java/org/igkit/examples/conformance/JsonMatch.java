package org.igkit.examples.conformance;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The matching rule of the conformance files (conformance/README.md): the expected value is a subset of the answer.
 * Objects match when every expected member matches (other members are ignored); arrays match element by element and
 * must have the same length; numbers match by value (1.0 equals 1); {@code null} matches null or absent; two strings
 * that are both ISO-8601 date-times with offsets match when they are the same instant with the same offset
 * ({@code Z} equals {@code +00:00}); other strings match exactly.
 */
public final class JsonMatch {
    private JsonMatch() {
    }

    /** Every difference between what was expected and the answer, each naming its JSON path; empty when it matches. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        compare("$", expected, actual, found);
        return found;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> found) {
        if (expected == null || expected.isNull()) {
            if (actual != null && !actual.isNull() && !actual.isMissingNode()) {
                found.add(path + ": expected null but was " + actual);
            }
            return;
        }
        if (actual == null || actual.isNull() || actual.isMissingNode()) {
            found.add(path + ": expected " + expected + " but was absent");
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                found.add(path + ": expected an object but was " + actual);
                return;
            }
            for (Map.Entry<String, JsonNode> member : expected.properties()) {
                compare(path + "." + member.getKey(), member.getValue(), actual.get(member.getKey()), found);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                found.add(path + ": expected " + expected + " but was " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), found);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                found.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.isTextual() && actual.isTextual() && sameDateTime(expected.asText(), actual.asText())) {
            return;
        } else if (!expected.equals(actual)) {
            found.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static boolean sameDateTime(String expected, String actual) {
        try {
            OffsetDateTime e = OffsetDateTime.parse(expected);
            OffsetDateTime a = OffsetDateTime.parse(actual);
            return e.toInstant().equals(a.toInstant()) && e.getOffset().equals(a.getOffset());
        } catch (DateTimeParseException notDateTimes) {
            return false;
        }
    }
}
