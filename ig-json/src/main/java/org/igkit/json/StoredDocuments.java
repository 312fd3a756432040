package org.igkit.json;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.igkit.breach.facts.Quarters;
import org.igkit.breach.log.Notification;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.core.error.IgException;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;

/**
 * The JSON documents the stores keep nested values in (a breach's assessments and notifications, a disposal batch's
 * candidates and certificate), one mapping for every store. The values are written field by field in their own
 * names through the domain mix-ins; the documents are read whole and never queried inside.
 *
 * <p>The shape is the one the stores have always written, so that documents already stored read back: instants in
 * UTC with exactly nine fraction digits ({@code 2026-03-29T00:30:00.000000000Z}), date-times with their offset as
 * {@link OffsetDateTime#toString()} gives them (a deadline "in London time" is part of the fact), dates as
 * {@code YYYY-MM-DD}, ENISA scores as whole numbers of quarter points ({@code 3} for 0.75, exact), entry references
 * as {@code scheduleId/entryId}, enums by name, absent values as {@code null}. Text that is not such a document is
 * refused as a corrupt column ({@link IgException}).
 */
public final class StoredDocuments {
    private static final TypeReference<List<RecordedAssessment>> ASSESSMENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Notification>> NOTIFICATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<DisposalCandidate>> CANDIDATES = new TypeReference<>() {
    };
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = documentMapper();

    private StoredDocuments() {
    }

    /** The document of a breach's assessments, in order. */
    public static String ofAssessments(List<RecordedAssessment> assessments) {
        return write(assessments);
    }

    /** The assessments a document holds. */
    public static List<RecordedAssessment> assessments(String json) {
        return read(json, ASSESSMENTS);
    }

    /** The document of a breach's notifications, in order. */
    public static String ofNotifications(List<Notification> notifications) {
        return write(notifications);
    }

    /** The notifications a document holds. */
    public static List<Notification> notifications(String json) {
        return read(json, NOTIFICATIONS);
    }

    /** The document of a list of texts (a breach's actions taken). */
    public static String ofTexts(List<String> texts) {
        return write(texts);
    }

    /** The texts a document holds. */
    public static List<String> texts(String json) {
        return read(json, TEXTS);
    }

    /** The document of a disposal batch's candidates. */
    public static String ofCandidates(List<DisposalCandidate> candidates) {
        return write(candidates);
    }

    /** The candidates a document holds. */
    public static List<DisposalCandidate> candidates(String json) {
        return read(json, CANDIDATES);
    }

    /** The certificate's document, or {@code null} for a batch not executed. */
    public static String ofCertificate(DisposalCertificate certificate) {
        return certificate == null ? null : write(certificate);
    }

    /** The certificate a document holds, or {@code null} for none. */
    public static DisposalCertificate certificate(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, DisposalCertificate.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static ObjectMapper documentMapper() {
        ObjectMapper mapper = JsonMapping.configured(new SimpleModule("igkit-documents")
                .addSerializer(Instant.class, new AsText<>(Instant.class, INSTANT::format))
                .addSerializer(OffsetDateTime.class, new AsText<>(OffsetDateTime.class, OffsetDateTime::toString))
                .addSerializer(Quarters.class, new QuarterPoints())
                .addDeserializer(Quarters.class, new QuarterPointsReader()));
        DomainMixins.registerStoredShapes(mapper);
        return mapper;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // every value written here is a domain value the mix-ins map; failing is a bug, not bad input
            throw new IllegalStateException("no JSON document for " + value.getClass().getName(), e);
        }
    }

    /** A list a document holds; a column that is {@code NULL} holds none. */
    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            List<T> values = MAPPER.readValue(json, type);
            return values == null ? List.of() : List.copyOf(values);
        } catch (JsonProcessingException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    private static IgException corrupt(Exception e) {
        String where = e instanceof JacksonException j && j.getLocation() != null
                ? " at character " + j.getLocation().getCharOffset() : "";
        return new IgException("a stored JSON column is corrupt" + where + ": " + e.getMessage(), e);
    }

    /** A value written as one string. */
    private static final class AsText<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> format;

        AsText(Class<T> type, Function<T, String> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format.apply(value));
        }
    }

    /** An ENISA score as its whole number of quarter points: exact, as the domain holds it. */
    private static final class QuarterPoints extends StdSerializer<Quarters> {
        private static final long serialVersionUID = 1L;

        QuarterPoints() {
            super(Quarters.class);
        }

        @Override
        public void serialize(Quarters value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeNumber(value.quarters());
        }
    }

    /** Reads a whole number of quarter points. */
    private static final class QuarterPointsReader extends StdScalarDeserializer<Quarters> {
        private static final long serialVersionUID = 1L;

        QuarterPointsReader() {
            super(Quarters.class);
        }

        @Override
        public Quarters deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Quarters) context.handleUnexpectedToken(Quarters.class, parser);
            }
            return Quarters.ofQuarters(parser.getIntValue());
        }
    }
}
