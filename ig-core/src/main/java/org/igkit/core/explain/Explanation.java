package org.igkit.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ordered steps an engine took to reach an answer, each a plain-English sentence with the citations of
 * the rules it applied. Engines build it while computing (with {@link #builder()}), never afterwards: a step
 * records its values as it is taken, and may leave its sentence to be written when it is read.
 *
 * @param steps the steps, in the order they were taken
 */
public record Explanation(List<Step> steps) {

    public Explanation {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /**
     * A step's sentence, written from the values the step recorded, only when someone reads it. Engines answer
     * in bulk for callers that never read the words; a sentence costs nothing until {@link Step#text()}.
     */
    @FunctionalInterface
    public interface Sentence {
        /** The sentence in English. */
        String render();
    }

    /**
     * One step: what was done, and under which rules. The sentence is rendered on first read and kept; two
     * steps are equal when their sentences and citations are.
     */
    public static final class Step {
        private final List<Citation> citations;
        private final Sentence sentence;
        // cached by whichever thread renders first; the sentence is deterministic and a String is safely
        // published, so two threads racing here at worst both render it
        private String text;

        /** A step whose sentence is already written. */
        public Step(String text, List<Citation> citations) {
            this.text = Objects.requireNonNull(text, "text");
            this.sentence = null;
            this.citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        }

        private Step(Sentence sentence, List<Citation> citations) {
            this.sentence = Objects.requireNonNull(sentence, "sentence");
            this.citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        }

        /** A step whose sentence {@code sentence} writes when first read. */
        public static Step of(Sentence sentence, List<Citation> citations) {
            return new Step(sentence, citations);
        }

        /** What was done, in English. */
        public String text() {
            String rendered = text;
            if (rendered == null) {
                rendered = Objects.requireNonNull(sentence.render(), "text");
                text = rendered;
            }
            return rendered;
        }

        /** The rules it applied. */
        public List<Citation> citations() {
            return citations;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Step && text().equals(((Step) other).text())
                    && citations.equals(((Step) other).citations);
        }

        @Override
        public int hashCode() {
            return 31 * text().hashCode() + citations.hashCode();
        }

        /** The sentence followed by its citations in brackets. */
        @Override
        public String toString() {
            if (citations.isEmpty()) {
                return text();
            }
            return text() + " [" + citations.stream().map(Citation::toString).collect(Collectors.joining("; ")) + "]";
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

        /** Records a step whose sentence is written only when read, and the rules it applied. */
        public Builder step(Sentence sentence, Citation... citations) {
            steps.add(Step.of(sentence, List.of(citations)));
            return this;
        }

        /** Records a step whose sentence is written only when read, and the rules it applied. */
        public Builder step(Sentence sentence, List<Citation> citations) {
            steps.add(Step.of(sentence, citations));
            return this;
        }

        /** Records a step built elsewhere, as it is (its sentence still unwritten if it was). */
        public Builder step(Step step) {
            steps.add(Objects.requireNonNull(step, "step"));
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
