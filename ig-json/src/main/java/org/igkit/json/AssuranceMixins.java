package org.igkit.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.core.explain.Explanation;

/**
 * How the assurance values map to JSON: their records by their components only ({@link RecordComponentsOnly}),
 * their rules' explanations as lists of {@code {text, citations}} steps, and a course's new-starter deadline, one of two kinds, with its kind named: {@code {"kind": "AFTER_START",
 * "period": "P30D"}} or {@code {"kind": "BY_PROBATION_END"}}.
 */
final class AssuranceMixins {
    private AssuranceMixins() {
    }

    /** Registers the assurance mapping on {@code mapper}. */
    static void register(ObjectMapper mapper) {
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(new RecordComponentsOnly("org.igkit.assurance."),
                mapper.getSerializationConfig().getAnnotationIntrospector()));
        mapper.addMixIn(NewStarterDeadline.class, NewStarterDeadlineMixin.class);
        // the rules' results carry their explanation; written as the API writes every explanation, a list of
        // {text, citations} steps (no HTTP response of the other contexts writes an Explanation itself)
        mapper.addMixIn(Explanation.class, DomainMixins.ExplanationMixin.class);
        mapper.addMixIn(Explanation.Step.class, DomainMixins.StepMixin.class);
        // BY_PROBATION_END has no fields: written as its kind alone, not refused as an empty bean
        mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = NewStarterDeadline.AfterStart.class, name = "AFTER_START"),
            @JsonSubTypes.Type(value = NewStarterDeadline.ByProbationEnd.class, name = "BY_PROBATION_END")})
    abstract static class NewStarterDeadlineMixin {
    }
}
