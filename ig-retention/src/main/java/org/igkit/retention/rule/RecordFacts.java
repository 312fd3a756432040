package org.igkit.retention.rule;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.core.error.ValidationException;

/**
 * What is known about a record: its named date facts ({@code closed}, {@code dateOfBirth}) and boolean flags
 * ({@code lookedAfter}). An absent fact is "not known, or not happened yet"; a flag recorded {@code false} is known.
 * A name is either a date or a flag, never both.
 *
 * @param dates date facts by name
 * @param flags boolean facts by name
 */
public record RecordFacts(Map<String, LocalDate> dates, Map<String, Boolean> flags) {
    private static final RecordFacts NONE = new RecordFacts(Map.of(), Map.of());

    public RecordFacts {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(dates != null, "dates", "is required", null);
        problems.require(flags != null, "flags", "is required", null);
        problems.throwIfAny();
        Map<String, LocalDate> givenDates = dates;
        givenDates.forEach((name, date) -> {
            problems.require(FactNames.isValid(name), "facts." + name, "is not a valid fact name", name);
            problems.require(date != null, "facts." + name, "a date fact must have a date", null);
        });
        flags.forEach((name, flag) -> {
            problems.require(FactNames.isValid(name), "facts." + name, "is not a valid fact name", name);
            problems.require(flag != null, "facts." + name, "a flag must be true or false", null);
            problems.require(!givenDates.containsKey(name), "facts." + name, "is both a date and a flag", flag);
        });
        problems.throwIfAny();
        dates = Collections.unmodifiableMap(new TreeMap<>(dates));
        flags = Collections.unmodifiableMap(new TreeMap<>(flags));
    }

    /** No facts at all. */
    public static RecordFacts none() {
        return NONE;
    }

    /** Date facts only. */
    public static RecordFacts ofDates(Map<String, LocalDate> dates) {
        return new RecordFacts(dates, Map.of());
    }

    /**
     * Facts from one map of name to {@link LocalDate} or {@link Boolean}, as the REST request carries them.
     * Every value of another type is reported at once.
     */
    public static RecordFacts from(Map<String, ?> values) {
        Map<String, LocalDate> dates = new TreeMap<>();
        Map<String, Boolean> flags = new TreeMap<>();
        ValidationException.Collector problems = ValidationException.collector();
        values.forEach((name, value) -> {
            if (value instanceof LocalDate d) {
                dates.put(name, d);
            } else if (value instanceof Boolean b) {
                flags.put(name, b);
            } else {
                problems.add("facts." + name, "must be a date (YYYY-MM-DD) or true/false", value);
            }
        });
        problems.throwIfAny();
        return new RecordFacts(dates, flags);
    }

    /** A copy with one more date fact (replacing any of that name). */
    public RecordFacts withDate(String name, LocalDate date) {
        Map<String, LocalDate> more = new TreeMap<>(dates);
        more.put(name, date);
        Map<String, Boolean> fewer = new TreeMap<>(flags);
        fewer.remove(name);
        return new RecordFacts(more, fewer);
    }

    /** A copy with one more flag (replacing any of that name). */
    public RecordFacts withFlag(String name, boolean flag) {
        Map<String, Boolean> more = new TreeMap<>(flags);
        more.put(name, flag);
        Map<String, LocalDate> fewer = new TreeMap<>(dates);
        fewer.remove(name);
        return new RecordFacts(fewer, more);
    }

    /** A copy without the fact {@code name}. */
    public RecordFacts without(String name) {
        Map<String, LocalDate> d = new TreeMap<>(dates);
        d.remove(name);
        Map<String, Boolean> f = new TreeMap<>(flags);
        f.remove(name);
        return new RecordFacts(d, f);
    }

    /** The date fact, if recorded. */
    public Optional<LocalDate> findDate(String name) {
        return Optional.ofNullable(dates.get(name));
    }

    /** The flag, if recorded. */
    public Optional<Boolean> findFlag(String name) {
        return Optional.ofNullable(flags.get(name));
    }

    LocalDate dateOrNull(String name) {
        return dates.get(name);
    }

    Boolean flagOrNull(String name) {
        return flags.get(name);
    }
}
