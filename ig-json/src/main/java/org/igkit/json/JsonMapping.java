package org.igkit.json;

import java.util.Map;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.igkit.assets.InformationAsset;
import org.igkit.breach.facts.BreachFacts;

/**
 * igkit's one JSON configuration: java.time as ISO-8601 text, offsets kept, unknown fields refused, no coercion of
 * strings to numbers or booleans, no default typing, bounded nesting and number sizes, and the domain values mapped
 * by mix-ins ({@code DomainMixins}). {@link #newMapper()} is the HTTP API's mapper; {@link StoredDocuments} and
 * {@link RegisterExports} build theirs on the same configuration.
 */
public final class JsonMapping {
    /** Deeper bodies are refused (Jackson's own default is 1000; no request of ours nests past 64). */
    public static final int MAX_NESTING_DEPTH = 200;
    /** Longer numbers are refused, so that a 100,000-digit number costs nothing to reject. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Longer strings are refused (20 MB is Jackson's default; the body limit usually cuts in first). */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    private JsonMapping() {
    }

    /**
     * A new mapper configured as the HTTP API reads and writes JSON, the domain values' mix-ins registered and
     * breach facts read as a request gives them ({@code BreachFactsReader}). Thread-safe once built.
     */
    public static ObjectMapper newMapper() {
        ObjectMapper mapper = configured(FourDigitYears.module());
        mapper.registerModule(new SimpleModule("igkit-requests").addDeserializer(BreachFacts.class,
                new BreachFactsReader()));
        return mapper;
    }

    /**
     * A mapper configured as every igkit mapper is: java.time as ISO-8601, strict reading, bounded input, the domain
     * mix-ins; {@code overrides} come after java.time's module, so their (de)serializers win.
     */
    static ObjectMapper configured(Module... overrides) {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModules(overrides)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // {"received": "2024-10-02", "received": "2024-10-09"} is refused, not read as its last value
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // a number or boolean where text belongs is a wrong type too, not a string to be made up
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        DomainMixins.register(mapper);
        AssuranceMixins.register(mapper);
        // a new asset has never been saved: its version may be left out (0), and every other missing field is named
        mapper.registerModule(new SimpleModule("igkit-required-fields").setDeserializerModifier(
                RequiredFields.withDefaults(Map.of(InformationAsset.class, Map.of("version", LongNode.valueOf(0))))));
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
        return mapper;
    }
}
