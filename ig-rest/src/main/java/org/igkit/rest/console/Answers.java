package org.igkit.rest.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * How pages word the engines' answers: dates as GOV.UK writes them ("Wednesday 30 October 2024") and explanations
 * as steps whose citations link to the legislation or guidance they name.
 */
public final class Answers {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private Answers() {
    }

    /** {@code date} as GOV.UK writes it, with the day of the week. */
    public static String date(LocalDate date) {
        return date == null ? "none" : LONG.format(date);
    }

    /** The steps of {@code explanation}, in the order the engine took them. */
    public static List<Step> steps(Explanation explanation) {
        return explanation.steps().stream()
                .map(s -> new Step(s.text(), s.citations().stream().map(Answers::cited).toList()))
                .toList();
    }

    private static Cited cited(Citation citation) {
        String label = citation.provision().isBlank() ? citation.instrument()
                : citation.instrument() + " " + citation.provision();
        // only web addresses become links: a citation's URL is shipped data, but a page never links elsewhere
        String url = citation.findUrl().filter(u -> u.startsWith("https://") || u.startsWith("http://")).orElse("");
        return new Cited(label, url, citation.findNote().orElse(""));
    }

    /**
     * One step of an explanation.
     *
     * @param text      what was done
     * @param citations the rules it applied
     */
    public record Step(String text, List<Cited> citations) {
    }

    /**
     * A citation as a page shows it.
     *
     * @param label the instrument and provision
     * @param url   where to read it, or empty
     * @param note  how it was read, or empty
     */
    public record Cited(String label, String url, String note) {
        /** True when the citation can be a link. */
        public boolean hasUrl() {
            return !url.isEmpty();
        }
    }
}
