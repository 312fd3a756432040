package org.igkit.breach.facts;

import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * One data category of the breach with its ENISA DPC score: the basic score of the category and the score after
 * the context was taken into account. ENISA s.3.1.1: any change from the basic score "has to be supported by an
 * explanation", so a justification is required whenever they differ.
 *
 * @param category      the ENISA category
 * @param basic         the category's basic score (must be ENISA's: simple 1, behavioural 2, financial 3, sensitive 4)
 * @param score         the adjusted score, 1 to 4
 * @param justification why the score differs from the basic one; required when it does, may be empty otherwise
 */
public record CategoryScore(DataCategory category, int basic, int score, String justification) {
    public CategoryScore {
        justification = justification == null ? "" : justification.strip();
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(category != null, "category", "is required: SIMPLE, BEHAVIOURAL, FINANCIAL or SENSITIVE", null);
        if (category != null) {
            problems.require(basic == category.basicScore(), "basic",
                    "must be ENISA's basic score for " + category + " (" + category.basicScore() + ")", basic);
        }
        problems.require(score >= 1 && score <= 4, "score", "must be between 1 and 4 (ENISA Annex 1)", score);
        problems.require(score == basic || !justification.isEmpty(), "justification",
                "is required when the score (" + score + ") differs from the basic score (" + basic + ") (ENISA s.3.1.1)",
                null);
        problems.throwIfAny();
    }

    /** The category at its basic score. */
    public static CategoryScore basic(DataCategory category) {
        Objects.requireNonNull(category, "category");
        return new CategoryScore(category, category.basicScore(), category.basicScore(), "");
    }

    /** The category with an adjusted score and the reason for the adjustment. */
    public static CategoryScore adjusted(DataCategory category, int score, String justification) {
        Objects.requireNonNull(category, "category");
        return new CategoryScore(category, category.basicScore(), score, justification);
    }

    /** True when the context changed the score. */
    public boolean isAdjusted() {
        return score != basic;
    }
}
