package org.igkit.rest.retention;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.core.error.ValidationException;
import org.igkit.rest.http.EnumFields;
import org.igkit.core.error.Violation;
import org.igkit.json.FourDigitYears;
import org.igkit.retention.review.Review;
import org.igkit.retention.review.ReviewOutcome;
import org.igkit.retention.rule.Offset;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;

/**
 * The JSON of a record's facts, reviews and new records, mapped to the retention domain for every retention
 * resource (the calculator, the records resource and the import). Each mapping is told where its value sits in the
 * body ({@code at}: {@code ""} for the whole body, {@code reviews[2]}, {@code lines[17]}) and names every refused
 * field under it, so that no caller has to rewrite a path afterwards.
 */
final class RetentionInputs {
    private static final String DATE_OR_FLAG = "must be a date (YYYY-MM-DD) or true/false";

    private RetentionInputs() {
    }

    /**
     * A record to file, as given in {@code given} at {@code at}.
     *
     * @param id    the record's id
     * @param entry its schedule entry
     * @param facts its facts
     */
    record RecordInput(String id, EntryRef entry, RecordFacts facts) {
    }

    /**
     * The record {@code given} at {@code at}: its id, schedule and entry are required, its facts dates or flags.
     *
     * @throws ValidationException naming every refused field under {@code at} ({@code lines[3].entry})
     */
    static RecordInput newRecord(NewRecord given, String at) {
        ValidationException.Collector problems = ValidationException.collector();
        boolean hasSchedule = given.schedule() != null && !given.schedule().isBlank();
        boolean hasEntry = given.entry() != null && !given.entry().isBlank();
        problems.require(given.id() != null && !given.id().isBlank(), pathOf(at, "id"), "is required", given.id());
        problems.require(hasSchedule, pathOf(at, "schedule"), "is required", given.schedule());
        problems.require(hasEntry, pathOf(at, "entry"), "is required", given.entry());
        RecordFacts facts = facts(given.facts(), at, problems);
        EntryRef entry = hasSchedule && hasEntry ? entryRef(given.schedule(), given.entry(), at, problems) : null;
        problems.throwIfAny();
        return new RecordInput(given.id(), entry, facts);
    }

    /** The facts {@code given} (at {@code at}, under {@code facts}); refused values are added to {@code problems}. */
    static RecordFacts facts(Map<String, JsonNode> given, String at, ValidationException.Collector problems) {
        if (given == null) {
            return RecordFacts.none();
        }
        Map<String, Object> values = new TreeMap<>();
        given.forEach((name, value) -> {
            String path = pathOf(at, "facts." + name);
            if (value == null || value.isNull()) {
                return;
            }
            if (value.isBoolean()) {
                values.put(name, value.booleanValue());
            } else if (value.isTextual() && FourDigitYears.isPlainDate(value.textValue())) {
                try {
                    values.put(name, LocalDate.parse(value.textValue()));
                } catch (DateTimeParseException e) {
                    problems.add(path, DATE_OR_FLAG, value.textValue());
                }
            } else {
                problems.add(path, DATE_OR_FLAG, value.isTextual() ? value.textValue() : value.toString());
            }
        });
        try {
            return RecordFacts.from(values);
        } catch (ValidationException e) {
            problems.addAll(at, e);
            return RecordFacts.none();
        }
    }

    /** The reviews {@code given}, each at {@code reviews[i]}; refused ones are left out and named in {@code problems}. */
    static List<Review> reviews(List<ReviewJson> given, ValidationException.Collector problems) {
        List<Review> reviews = new ArrayList<>();
        if (given == null) {
            return reviews;
        }
        for (int i = 0; i < given.size(); i++) {
            Review review = review(given.get(i), "reviews[" + i + "]", problems);
            if (review != null) {
                reviews.add(review);
            }
        }
        return reviews;
    }

    /**
     * The review {@code given} at {@code at}, or {@code null} when it is refused (its fields named in
     * {@code problems}).
     */
    static Review review(ReviewJson given, String at, ValidationException.Collector problems) {
        if (given == null) {
            problems.add(at, "is required", null);
            return null;
        }
        ValidationException.Collector own = ValidationException.collector();
        ReviewOutcome outcome = EnumFields.named(ReviewOutcome.class, given.outcome(), "outcome", true, own);
        DisposalAction next = EnumFields.named(DisposalAction.class, given.nextAction(), "nextAction", false, own);
        Offset extendBy = null;
        if (given.extendBy() != null) {
            OffsetJson by = given.extendBy();
            try {
                extendBy = Offset.of(orZero(by.years()), orZero(by.months()), orZero(by.days()));
            } catch (ValidationException e) {
                own.addAll("extendBy", e);
            }
        }
        Review review = null;
        if (own.isEmpty()) {
            try {
                review = new Review(given.reviewedOn(), outcome, extendBy, given.until(), next, null, given.reason());
            } catch (ValidationException e) {
                own.addAll("", e);
            }
        }
        own.violations().forEach(v -> add(problems, v.under(at)));
        return review;
    }

    /** A date given as a query parameter named {@code path}. */
    static LocalDate date(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(path, "must be a date, YYYY-MM-DD", text);
        }
    }

    /**
     * The entry reference of {@code schedule} and {@code entry} as the body names them: a refused id is named at
     * the body's own field ({@code schedule}, {@code entry}) under {@code at}, not at the domain's
     * {@code scheduleId}/{@code entryId}.
     */
    private static EntryRef entryRef(String schedule, String entry, String at, ValidationException.Collector problems) {
        try {
            return EntryRef.of(schedule, entry);
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                String field = "scheduleId".equals(v.path()) ? "schedule" : "entry";
                problems.add(pathOf(at, field), v.message(), v.rejectedValue());
            }
            return null;
        }
    }

    private static void add(ValidationException.Collector problems, Violation violation) {
        problems.add(violation.path(), violation.message(), violation.rejectedValue());
    }

    private static String pathOf(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
