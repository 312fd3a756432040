package org.igkit.rest.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.assets.AssetId;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.SecurityClassification;

/**
 * How domain values that the API reads and writes as they are map to JSON, without annotating the domain (which
 * must not import Jackson): single-value ids as plain strings, derived flags not written.
 */
final class DomainMixins {
    private DomainMixins() {
    }

    /** Registers the mix-ins on {@code mapper}. */
    static void register(ObjectMapper mapper) {
        mapper.addMixIn(AssetId.class, AssetIdMixin.class);
        mapper.addMixIn(SecurityClassification.class, ClassificationMixin.class);
        mapper.addMixIn(InformationAsset.class, AssetMixin.class);
    }

    /** {@code "A-1"}, not {@code {"value": "A-1"}}. */
    abstract static class AssetIdMixin {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        AssetIdMixin(String value) {
        }

        @JsonValue
        abstract String value();
    }

    /** {@code "OFFICIAL"}, not {@code {"label": "OFFICIAL"}}. */
    abstract static class ClassificationMixin {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        ClassificationMixin(String label) {
        }

        @JsonValue
        abstract String label();
    }

    /** An asset is written as its fields only, so that what GET answers can be PUT back. */
    abstract static class AssetMixin {
        @JsonIgnore
        abstract boolean isActive();
    }
}
