package org.igkit.rest.explain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * One step of an answer's explanation as JSON: {@code {"text": ..., "citations": [{"instrument", "provision",
 * "url", "note"}]}}. Every calculator's {@code explanation} is a list of these, in the order the engine took them.
 *
 * @param text      what was done
 * @param citations the rules it applied
 */
public record StepJson(String text, List<CitationJson> citations) {

    /** The steps of {@code explanation}, in order. */
    public static List<StepJson> of(Explanation explanation) {
        return explanation.steps().stream()
                .map(s -> new StepJson(s.text(), s.citations().stream().map(CitationJson::of).toList()))
                .toList();
    }

    /**
     * A citation as JSON.
     *
     * @param instrument the statute, regulation or guidance
     * @param provision  the provision within it (may be empty)
     * @param url        where to read it, when known
     * @param note       how it was read, when noted
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CitationJson(String instrument, String provision, String url, String note) {
        static CitationJson of(Citation c) {
            return new CitationJson(c.instrument(), c.provision(), c.url(), c.note());
        }
    }
}
