package org.igkit.breach.severity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.igkit.breach.facts.Quarters;
import org.igkit.core.explain.Explanation;

/**
 * An ENISA severity score: SE = DPC x EI + CB, exact in quarter points, its band and flags, and how it was reached.
 *
 * @param dpc           the data processing context score, 1 to 4
 * @param ei            the ease of identification, 0.25 to 1
 * @param circumstances the circumstance elements
 * @param cb            the circumstances total, 0 to 2
 * @param score         SE, 0.25 to 6
 * @param band          the band of the score
 * @param flags         the flags raised
 * @param explanation   each component and the band, with ENISA's provisions
 */
public record EnisaSeverity(int dpc, Quarters ei, Circumstances circumstances, Quarters cb, Quarters score,
        EnisaBand band, Set<EnisaFlag> flags, Explanation explanation) {
    public EnisaSeverity {
        Objects.requireNonNull(ei, "ei");
        Objects.requireNonNull(circumstances, "circumstances");
        Objects.requireNonNull(cb, "cb");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(band, "band");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        Objects.requireNonNull(explanation, "explanation");
    }

    /** True when {@code flag} was raised. */
    public boolean has(EnisaFlag flag) {
        return flags.contains(flag);
    }
}
