package org.igkit.breach.severity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Quarters;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * The ENISA (2013) severity method: SE = DPC x EI + CB, in exact quarter points. The band thresholds default to
 * ENISA's (2, 3, 4) and may be changed, as ENISA s.5 allows authorities to adjust the scales. Immutable and
 * thread-safe.
 */
public final class EnisaMethod {
    static final String ENISA = "ENISA, Recommendations for a methodology of the assessment of severity of personal "
            + "data breaches, v1.0 (2013)";
    static final String ENISA_URL = "https://www.enisa.europa.eu/publications/dbn-severity";
    private static final Citation FORMULA = cite("s.3.2 (SE = DPC x EI + CB)");
    private static final Citation DPC = cite("s.3.1.1 and Annex 1, Table 1 (DPC)");
    private static final Citation EI = cite("s.3.1.2 and Annex 2 (EI)");
    private static final Citation CB = cite("s.3.1.3 and Annex 3 (CB)");
    private static final Citation BANDS = cite("s.3.2 (severity levels)");
    private static final Citation FLAGS = cite("s.3.3 (flags)");
    private static final int MORE_THAN = 100;

    private final Quarters mediumFrom;
    private final Quarters highFrom;
    private final Quarters veryHighFrom;

    private EnisaMethod(Quarters mediumFrom, Quarters highFrom, Quarters veryHighFrom) {
        this.mediumFrom = mediumFrom;
        this.highFrom = highFrom;
        this.veryHighFrom = veryHighFrom;
    }

    /** ENISA's bands: LOW below 2, MEDIUM from 2, HIGH from 3, VERY_HIGH from 4. */
    public static EnisaMethod standard() {
        return new EnisaMethod(Quarters.ofWhole(2), Quarters.ofWhole(3), Quarters.ofWhole(4));
    }

    /** A method whose bands start at other scores (each the inclusive lower bound); they must increase. */
    public static EnisaMethod withBands(Quarters mediumFrom, Quarters highFrom, Quarters veryHighFrom) {
        Objects.requireNonNull(mediumFrom, "mediumFrom");
        Objects.requireNonNull(highFrom, "highFrom");
        Objects.requireNonNull(veryHighFrom, "veryHighFrom");
        if (!mediumFrom.isLessThan(highFrom) || !highFrom.isLessThan(veryHighFrom)) {
            throw new ValidationException("bands", "must increase: medium < high < very high", mediumFrom + ", "
                    + highFrom + ", " + veryHighFrom);
        }
        return new EnisaMethod(mediumFrom, highFrom, veryHighFrom);
    }

    /** The band of a score: half-open intervals [from, next from). */
    public EnisaBand bandOf(Quarters score) {
        if (score.compareTo(veryHighFrom) >= 0) {
            return EnisaBand.VERY_HIGH;
        }
        if (score.compareTo(highFrom) >= 0) {
            return EnisaBand.HIGH;
        }
        if (score.compareTo(mediumFrom) >= 0) {
            return EnisaBand.MEDIUM;
        }
        return EnisaBand.LOW;
    }

    /**
     * Scores a breach.
     *
     * @param input       the component scores
     * @param individuals how many people are affected, or {@code null} if not known (then no flag for it)
     * @param protection  how the data was protected (for the "data unintelligible" flag)
     */
    public EnisaSeverity score(EnisaInput input, Integer individuals, Protection protection) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(protection, "protection");
        Explanation.Builder why = Explanation.builder();

        int dpc = input.effectiveDpc();
        why.step(describeDpc(input, dpc), DPC);
        for (CategoryScore category : input.dataCategories()) {
            if (category.isAdjusted()) {
                why.step(category.category() + " data moved from its basic score " + category.basic() + " to "
                        + category.score() + ": " + category.justification(), DPC);
            }
        }
        why.step("Ease of identification (EI) = " + input.ei() + " (" + eiLevel(input.ei()) + ")", EI);

        Circumstances cb = new Circumstances(input.confidentiality(), input.integrity(), input.availability(),
                input.malicious() ? Quarters.ofQuarters(2) : Quarters.ZERO);
        Quarters cbTotal = cb.total();
        why.step("Circumstances (CB) = " + cb.confidentiality() + " + " + cb.integrity() + " + " + cb.availability()
                + " + " + cb.malicious() + " = " + cbTotal + ": loss of confidentiality " + cb.confidentiality() + " ("
                + confidentialityMeaning(cb.confidentiality()) + "), loss of integrity " + cb.integrity() + " ("
                + integrityMeaning(cb.integrity()) + "), loss of availability " + cb.availability() + " ("
                + availabilityMeaning(cb.availability()) + "), malicious intent " + cb.malicious()
                + "; the elements are added, so CB can only add to the severity", CB);

        Quarters score = Quarters.ofQuarters(dpc * input.ei().quarters()).plus(cbTotal);
        why.step("SE = DPC x EI + CB = " + dpc + " x " + input.ei() + " + " + cbTotal + " = " + score, FORMULA);

        EnisaBand band = bandOf(score);
        why.step("SE " + score + " is " + band + " (" + intervalOf(band) + ")", BANDS);

        Set<EnisaFlag> flags = EnumSet.noneOf(EnisaFlag.class);
        if (individuals != null && individuals > MORE_THAN) {
            flags.add(EnisaFlag.MORE_THAN_100_INDIVIDUALS);
        }
        if (protection.isUnintelligible()) {
            flags.add(EnisaFlag.DATA_UNINTELLIGIBLE);
        }
        why.step(flags.isEmpty() ? "No flag raised (" + describeIndividuals(individuals) + "; data not unintelligible)"
                : "Flags " + flags.stream().map(Enum::name).collect(Collectors.joining(", "))
                        + " raised; flags do not change the score", FLAGS);
        return new EnisaSeverity(dpc, input.ei(), cb, cbTotal, score, band, flags, why.build());
    }

    private String intervalOf(EnisaBand band) {
        switch (band) {
            case LOW:
                return "SE < " + mediumFrom;
            case MEDIUM:
                return mediumFrom + " <= SE < " + highFrom;
            case HIGH:
                return highFrom + " <= SE < " + veryHighFrom;
            default:
                return "SE >= " + veryHighFrom;
        }
    }

    private static String describeDpc(EnisaInput input, int dpc) {
        if (input.dataCategories().isEmpty()) {
            return "Data processing context (DPC) = " + dpc + ", as given";
        }
        String scores = input.dataCategories().stream()
                .map(c -> c.category() + " " + c.score())
                .collect(Collectors.joining(", "));
        return "Data processing context (DPC) = " + dpc + ", the highest of the category scores (" + scores + ")";
    }

    private static String describeIndividuals(Integer individuals) {
        return individuals == null ? "number of individuals not yet known" : individuals + " individuals";
    }

    private static String eiLevel(Quarters ei) {
        switch (ei.quarters()) {
            case 1:
                return "negligible";
            case 2:
                return "limited";
            case 3:
                return "significant";
            default:
                return "maximum";
        }
    }

    private static String confidentialityMeaning(Quarters q) {
        switch (q.quarters()) {
            case 0:
                return "none, or exposed without evidence of illegal processing";
            case 1:
                return "disclosed to a number of known recipients";
            default:
                return "disclosed to an unknown number of recipients";
        }
    }

    private static String integrityMeaning(Quarters q) {
        switch (q.quarters()) {
            case 0:
                return "none, or altered without incorrect use";
            case 1:
                return "altered and possibly misused, recoverable";
            default:
                return "altered and possibly misused, not recoverable";
        }
    }

    private static String availabilityMeaning(Quarters q) {
        switch (q.quarters()) {
            case 0:
                return "none, or recoverable without difficulty";
            case 1:
                return "temporary unavailability";
            default:
                return "full unavailability";
        }
    }

    private static Citation cite(String provision) {
        return Citation.of(ENISA, provision).withUrl(ENISA_URL);
    }
}
