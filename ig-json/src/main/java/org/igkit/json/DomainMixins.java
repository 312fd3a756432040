package org.igkit.json;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import org.igkit.assets.AssetId;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.InformationFlow;
import org.igkit.assets.SecurityClassification;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.KnownRecipients;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.TierOverride;
import org.igkit.breach.log.Notification;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.schedule.EntryRef;

/**
 * How domain values map to JSON, without annotating the domain (which must not import Jackson): single-value ids
 * as plain strings, derived flags not written, so that what is written can be read back into the same value.
 * Records are otherwise written field by field in their own component names.
 *
 * <p>{@link #register} holds what every mapper shares, the HTTP API's included. {@link #registerStoredShapes} adds
 * what only the stores' documents need, kept apart because the HTTP API has long written some of these values in
 * Jackson's plain record form (a disposal certificate with its {@code intact} flag and its entries as
 * {@code {scheduleId, entryId}}), and a field must not disappear from the wire.
 */
final class DomainMixins {
    private DomainMixins() {
    }

    /** Registers the mix-ins every mapper shares on {@code mapper}. */
    static void register(ObjectMapper mapper) {
        mapper.addMixIn(AssetId.class, AssetIdMixin.class);
        mapper.addMixIn(SecurityClassification.class, ClassificationMixin.class);
        mapper.addMixIn(InformationAsset.class, AssetMixin.class);
        mapper.addMixIn(InformationFlow.class, FlowMixin.class);
        mapper.addMixIn(Notification.class, NotificationMixin.class);
    }

    /** Registers the mix-ins of the stores' document shape on {@code mapper} ({@link StoredDocuments}). */
    static void registerStoredShapes(ObjectMapper mapper) {
        mapper.addMixIn(Explanation.class, ExplanationMixin.class);
        mapper.addMixIn(Explanation.Step.class, StepMixin.class);
        mapper.addMixIn(EntryRef.class, EntryRefMixin.class);
        mapper.addMixIn(DisposalCertificate.class, CertificateMixin.class);
        mapper.addMixIn(BreachFacts.class, FactsMixin.class);
        mapper.addMixIn(KnownRecipients.class, KnownRecipientsMixin.class);
        mapper.addMixIn(CategoryScore.class, CategoryScoreMixin.class);
        mapper.addMixIn(RecordedAssessment.class, RecordedAssessmentMixin.class);
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

    /** An explanation is its list of steps: {@code [{"text": ..., "citations": [...]}]}. */
    abstract static class ExplanationMixin {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        ExplanationMixin(List<Explanation.Step> steps) {
        }

        @JsonValue
        abstract List<Explanation.Step> steps();

        @JsonIgnore
        abstract boolean isEmpty();
    }

    /**
     * A step is its sentence and citations, {@code {"text": ..., "citations": [...]}}: a step renders its sentence
     * on demand, so it is a class with accessors, not a record Jackson would map by itself.
     */
    abstract static class StepMixin {
        @JsonCreator
        StepMixin(@JsonProperty("text") String text, @JsonProperty("citations") List<Citation> citations) {
        }

        @JsonProperty("text")
        abstract String text();

        @JsonProperty("citations")
        abstract List<Citation> citations();
    }

    /** {@code "scheduleId/entryId"}, as schedules and records name an entry. */
    abstract static class EntryRefMixin {
        @JsonCreator
        static EntryRef parse(String text) {
            return EntryRef.parse(text);
        }

        @JsonValue
        @Override
        public abstract String toString();
    }

    /** Whether the digest still matches is checked when read, never stored. */
    abstract static class CertificateMixin {
        @JsonIgnore
        abstract boolean isIntact();
    }

    /**
     * Facts are written with their regimes and breach types in name order, so one value has one text; an absent DSPT
     * grade or override is left out, as the stores have always written them.
     */
    abstract static class FactsMixin {
        @JsonSerialize(using = NamesInOrder.class)
        abstract Set<Regime> regimes();

        @JsonSerialize(using = NamesInOrder.class)
        abstract Set<BreachType> breachTypes();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract DsptGrade dspt();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract TierOverride override();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract KnownRecipients knownRecipients();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract Map<Regime, OffsetDateTime> awarenessByRegime();
    }

    /**
     * A flow's {@code regularSharingWithoutAgreement} is derived: written for the reader, and ignored when a client
     * sends back what it read (so GET then PUT of an asset with flows works unchanged).
     */
    @JsonIgnoreProperties(value = "regularSharingWithoutAgreement", allowGetters = true)
    abstract static class FlowMixin {
    }

    /** {@code 3}, not {@code {"count": 3}}. */
    abstract static class KnownRecipientsMixin {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        KnownRecipientsMixin(int count) {
        }

        @JsonValue
        abstract int count();
    }

    /** Whether the score was adjusted follows from basic and score. */
    abstract static class CategoryScoreMixin {
        @JsonIgnore
        abstract boolean isAdjusted();
    }

    /** Whether a person overrode the tier follows from the facts. */
    abstract static class RecordedAssessmentMixin {
        @JsonIgnore
        abstract boolean isOverridden();
    }

    /** Whether a notification was late follows from its two date-times. */
    abstract static class NotificationMixin {
        @JsonIgnore
        abstract boolean isLate();
    }

    /** A set of enum constants as their names, sorted (an immutable set's own order changes from run to run). */
    static final class NamesInOrder extends StdSerializer<Collection<? extends Enum<?>>> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"})
        NamesInOrder() {
            super((Class) Collection.class);
        }

        @Override
        public void serialize(Collection<? extends Enum<?>> values, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            List<String> names = values.stream().map(Enum::name).sorted().toList();
            generator.writeStartArray(values, names.size());
            for (String name : names) {
                generator.writeString(name);
            }
            generator.writeEndArray();
        }
    }
}
