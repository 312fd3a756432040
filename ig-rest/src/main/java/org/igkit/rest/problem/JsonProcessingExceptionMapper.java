package org.igkit.rest.problem;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.igkit.core.error.ValidationException;

/**
 * A body Jackson could not read: 400 naming the JSON path and what was expected (never a Java type path), or
 * 422 when a value's own constructor refused it with a {@link ValidationException}.
 */
@Provider
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String instance = Requests.pathOf(uri);
        ValidationException refused = validationCause(exception);
        if (refused != null) {
            String at = exception instanceof JsonMappingException m ? pathOf(m) : "";
            return ProblemResponses.of(ValidationExceptionMapper.problemOf(refused.under(at), instance));
        }
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST, describe(exception), instance));
    }

    /** What is wrong with the body, for a person, with the JSON path. */
    public static String describe(JsonProcessingException exception) {
        String duplicate = duplicateField(exception);
        if (duplicate != null) {
            return "the field '" + Requests.shorten(duplicate) + "' appears more than once in one object" + where(exception)
                    + "; send each field once (a repeated key would otherwise be read as its last value)";
        }
        if (exception instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + Requests.shorten(unknown.getPropertyName()) + "' at " + at(pathOf(unknown))
                    + "; known fields: " + known(unknown.getKnownPropertyIds());
        }
        if (exception instanceof InvalidFormatException bad) {
            return "the value '" + Requests.shorten(String.valueOf(bad.getValue())) + "' at " + at(pathOf(bad))
                    + " is not " + expected(bad.getTargetType());
        }
        if (exception instanceof MismatchedInputException mismatch) {
            return "the value at " + at(pathOf(mismatch)) + " is not " + expected(mismatch.getTargetType());
        }
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "the value at " + pathOf(mapping) + " could not be read";
        }
        return "the body is not well-formed JSON" + where(exception) + " (or exceeds the nesting, number or string limits)";
    }

    /** The key Jackson's duplicate detection found twice ({@code Duplicate field 'x'}), or null. */
    private static String duplicateField(JsonProcessingException exception) {
        String original = exception.getOriginalMessage();
        String marker = "Duplicate field '";
        if (original == null || !original.startsWith(marker)) {
            return null;
        }
        int end = original.indexOf('\'', marker.length());
        return end < 0 ? null : original.substring(marker.length(), end);
    }

    private static String where(JsonProcessingException exception) {
        JsonLocation where = exception.getLocation();
        return where == null || where.getLineNr() < 0 ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** {@code events[2].date} for Jackson's reference path. */
    static String pathOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : exception.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Requests.shorten(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String at(String path) {
        return path.isEmpty() ? "the top level" : "'" + path + "'";
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "[]" : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        switch (type.getName()) {
            case "java.time.LocalDate": return "an ISO-8601 date (YYYY-MM-DD, years 1000 to 9999)";
            case "java.time.Instant": return "an ISO-8601 date-time with an offset (2024-03-29T16:00:00Z)";
            case "java.time.OffsetDateTime": return "an ISO-8601 date-time with an offset";
            case "java.time.MonthDay": return "a month-day (--MM-DD)";
            case "java.time.Period": return "an ISO-8601 period (P6Y)";
            case "java.lang.String": return "a string";
            case "boolean": case "java.lang.Boolean": return "true or false";
            case "int": case "long": case "java.lang.Integer": case "java.lang.Long": return "a whole number";
            case "double": case "java.lang.Double": case "java.math.BigDecimal": return "a number";
            default:
                if (Collection.class.isAssignableFrom(type) || type.isArray()) {
                    return "an array";
                }
                return type.isRecord() || Map.class.isAssignableFrom(type) ? "an object" : "of the expected type";
        }
    }

    private static ValidationException validationCause(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
