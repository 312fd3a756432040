package org.igkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.core.error.IgException;

/**
 * Whole entities as the JSON documents the stores keep them in (the assurance registers: a policy with its version
 * table and reviews, a DPIA with its screening and sign-off), in the configuration every igkit mapper has: records
 * field by field in their own component names, dates as {@code YYYY-MM-DD}, periods as {@code P12M}, enums by
 * name. A document is read back whole; its {@code version} field is the one the row's version column overrides.
 */
public final class EntityDocuments {
    private static final ObjectMapper MAPPER = JsonMapping.configured();

    private EntityDocuments() {
    }

    /** {@code entity} as a document. */
    public static String write(Object entity) {
        try {
            return MAPPER.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            // every value written here is a domain record the mapping covers; failing is a bug, not bad input
            throw new IllegalStateException("no JSON document for " + entity.getClass().getName(), e);
        }
    }

    /** The entity of {@code type} a document holds; a document that is not one is a corrupt column. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IgException("a stored " + type.getSimpleName() + " document is corrupt: " + e.getMessage(), e);
        }
    }
}
