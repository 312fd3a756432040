package org.igkit.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ordered steps an engine took to reach an answer, each a plain-English sentence with the citations of
 * the rules it applied. Engines build it while computing (with {@link #builder()}), never afterwards.
 *
 * @param steps the steps, in the order they were taken
 */
public record Explanation(List<Step> steps) {

    public Explanation {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /** One step: what was done, and under which rules. */
    public record Step(String text, List<Citation> citations) {
        public Step {
            Objects.requireNonNull(text, "text");
            citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        }

        /** The sentence followed by its citations in brackets. */
        @Override
        public String toString() {
            if (citations.isEmpty()) {
                return text;
            }
            return text + " [" + citations.stream().map(Citation::toString).collect(Collectors.joining("; ")) + "]";
        }
    }

    /** An explanation with no steps. */
    public static Explanation empty() {
        return new Explanation(List.of());
    }

    /** A builder that records steps in order. */
    public static Builder builder() {
        return new Builder();
    }

    /** True when no step was recorded. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** A copy with the steps of {@code next} appended after these. */
    public Explanation plus(Explanation next) {
        List<Step> all = new ArrayList<>(steps);
        all.addAll(next.steps);
        return new Explanation(all);
    }

    /** The steps as one paragraph, each sentence with its citations. */
    @Override
    public String toString() {
        return steps.stream().map(Step::toString).map(Explanation::asSentence).collect(Collectors.joining(" "));
    }

    private static String asSentence(String text) {
        return text.endsWith(".") || text.endsWith("]") ? text : text + ".";
    }

    /** Records steps in the order an engine takes them. Not thread-safe; one per computation. */
    public static final class Builder {
        private final List<Step> steps = new ArrayList<>();

        private Builder() {
        }

        /** Records a step and the rules it applied. */
        public Builder step(String text, Citation... citations) {
            steps.add(new Step(text, List.of(citations)));
            return this;
        }

        /** Records a step and the rules it applied. */
        public Builder step(String text, List<Citation> citations) {
            steps.add(new Step(text, citations));
            return this;
        }

        /** Appends every step of an explanation built elsewhere (e.g. by a sub-computation). */
        public Builder append(Explanation explanation) {
            steps.addAll(explanation.steps());
            return this;
        }

        /** The explanation so far; the builder may go on recording. */
        public Explanation build() {
            return new Explanation(steps);
        }
    }
}
