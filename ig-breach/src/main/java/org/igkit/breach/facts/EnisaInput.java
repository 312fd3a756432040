package org.igkit.breach.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;

import org.igkit.core.error.ValidationException;

/**
 * The ENISA (2013) component scores of a breach, exact in quarter points.
 *
 * @param dpc             the data processing context score 1-4, or {@code null} to take the highest category score
 *                        (ENISA s.3.1.1); when both are given they must agree
 * @param dataCategories  the categories involved with their scores (may be empty when {@code dpc} is given)
 * @param ei              ease of identification: 0.25, 0.5, 0.75 or 1 (Annex 2)
 * @param confidentiality loss of confidentiality (Annex 3): 0 exposed without evidence of illegal processing (or
 *                        none), 0.25 disclosed to a number of known recipients, 0.5 to an unknown number
 * @param integrity       loss of integrity: 0 altered without incorrect use, 0.25 possibly misused but recoverable,
 *                        0.5 possibly misused and not recoverable
 * @param availability    loss of availability: 0 recoverable without difficulty, 0.25 temporary, 0.5 full
 * @param malicious       the breach was due to an intentional act meant to cause harm (+0.5)
 */
public record EnisaInput(Integer dpc, List<CategoryScore> dataCategories, Quarters ei, Quarters confidentiality,
        Quarters integrity, Quarters availability, boolean malicious) {

    /** The largest circumstance element other than malicious intent: 0.5. */
    public static final Quarters MAX_ELEMENT = Quarters.ofQuarters(2);

    public EnisaInput {
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
        ValidationException.Collector problems = ValidationException.collector();
        OptionalInt highest = dataCategories.stream().mapToInt(CategoryScore::score).max();
        if (dpc == null) {
            problems.require(highest.isPresent(), "dpc",
                    "is required when no data category is given (1 to 4, ENISA Annex 1)", null);
        } else {
            problems.require(dpc >= 1 && dpc <= 4, "dpc", "must be between 1 and 4 (ENISA Annex 1)", dpc);
            if (highest.isPresent() && highest.getAsInt() != dpc) {
                problems.add("dpc", "must be the highest data category score (" + highest.getAsInt()
                        + ") when categories are given (ENISA s.3.1.1)", dpc);
            }
        }
        requireQuarters(problems, "ei", ei, 1, 4, "must be 0.25, 0.5, 0.75 or 1 (ENISA Annex 2)");
        requireQuarters(problems, "confidentiality", confidentiality, 0, 2, "must be 0, 0.25 or 0.5 (ENISA Annex 3)");
        requireQuarters(problems, "integrity", integrity, 0, 2, "must be 0, 0.25 or 0.5 (ENISA Annex 3)");
        requireQuarters(problems, "availability", availability, 0, 2, "must be 0, 0.25 or 0.5 (ENISA Annex 3)");
        problems.throwIfAny();
    }

    /**
     * Builds the input from decimals as a form or a JSON body gives them, collecting every violation (each named by
     * its field: {@code ei}, {@code confidentiality}, {@code dataCategories[1].justification} ...).
     */
    public static EnisaInput parse(Integer dpc, List<CategoryScore> dataCategories, BigDecimal ei,
            BigDecimal confidentiality, BigDecimal integrity, BigDecimal availability, boolean malicious) {
        ValidationException.Collector problems = ValidationException.collector();
        Quarters eiQ = quarters(problems, "ei", ei);
        Quarters c = quarters(problems, "confidentiality", confidentiality);
        Quarters i = quarters(problems, "integrity", integrity);
        Quarters a = quarters(problems, "availability", availability);
        if (problems.isEmpty()) {
            return new EnisaInput(dpc, dataCategories, eiQ, c, i, a, malicious);
        }
        List<String> reported = problems.violations().stream().map(v -> v.path()).toList();
        try {
            new EnisaInput(dpc, dataCategories, eiQ, c, i, a, malicious);
        } catch (ValidationException e) {
            e.violations().stream().filter(v -> !reported.contains(v.path()))
                    .forEach(v -> problems.add(v.path(), v.message(), v.rejectedValue()));
        }
        problems.throwIfAny();
        throw new IllegalStateException("unreachable: violations were recorded");
    }

    /** The input with a DPC given directly and no categories. */
    public static EnisaInput of(int dpc, Quarters ei, Quarters confidentiality, Quarters integrity,
            Quarters availability, boolean malicious) {
        return new EnisaInput(dpc, List.of(), ei, confidentiality, integrity, availability, malicious);
    }

    /** The DPC score used: the one given, or the highest category score. */
    public int effectiveDpc() {
        return dpc != null ? dpc : dataCategories.stream().mapToInt(CategoryScore::score).max().orElseThrow();
    }

    /** True when a category of {@code category} is scored at least {@code score}. */
    public boolean hasCategoryScoredAtLeast(DataCategory category, int score) {
        return dataCategories.stream().anyMatch(c -> c.category() == category && c.score() >= score);
    }

    /** A copy with a different confidentiality score. */
    public EnisaInput withConfidentiality(Quarters score) {
        return new EnisaInput(dpc, dataCategories, ei, score, integrity, availability, malicious);
    }

    /** A copy with a different integrity score. */
    public EnisaInput withIntegrity(Quarters score) {
        return new EnisaInput(dpc, dataCategories, ei, confidentiality, score, availability, malicious);
    }

    /** A copy with a different availability score. */
    public EnisaInput withAvailability(Quarters score) {
        return new EnisaInput(dpc, dataCategories, ei, confidentiality, integrity, score, malicious);
    }

    /** A copy with malicious intent set or cleared. */
    public EnisaInput withMalicious(boolean intentional) {
        return new EnisaInput(dpc, dataCategories, ei, confidentiality, integrity, availability, intentional);
    }

    private static Quarters quarters(ValidationException.Collector problems, String field, BigDecimal value) {
        try {
            return Quarters.of(value, field);
        } catch (ValidationException e) {
            problems.addAll("", e);
            return null;
        }
    }

    private static void requireQuarters(ValidationException.Collector problems, String field, Quarters value,
            int minQuarters, int maxQuarters, String allowed) {
        if (value == null) {
            problems.add(field, "is required; " + allowed, null);
        } else {
            problems.require(value.quarters() >= minQuarters && value.quarters() <= maxQuarters, field, allowed,
                    value);
        }
    }
}
