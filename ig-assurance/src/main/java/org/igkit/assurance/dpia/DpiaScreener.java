package org.igkit.assurance.dpia;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.igkit.assurance.AssuranceSources;
import org.igkit.core.explain.Explanation;

/**
 * The deterministic screening rule (spec §1.5): any Art 35(3) case is {@code REQUIRED_LAW}; else any ICO list type
 * is {@code REQUIRED_ICO}; else two or more WP248 criteria are {@code LIKELY_REQUIRED}, one is {@code CONSIDER} and
 * none {@code NOT_REQUIRED}. By default any listed type suffices (the ICO checklist's reading, the stricter); with
 * {@link #readingIcoQualifiers()} L1, L4, L5, L7 and L8 count only with another criterion. Residual high risk asks for
 * prior consultation (Art 36(1)).
 */
public final class DpiaScreener {
    private final boolean icoQualifiers;

    private DpiaScreener(boolean icoQualifiers) {
        this.icoQualifiers = icoQualifiers;
    }

    /** The checklist reading: any ICO list type requires a DPIA. */
    public static DpiaScreener withDefaults() {
        return new DpiaScreener(false);
    }

    /** The list's qualified reading: L1, L4, L5, L7 and L8 need another WP248 criterion. */
    public static DpiaScreener readingIcoQualifiers() {
        return new DpiaScreener(true);
    }

    /** Screens {@code answers}. */
    public ScreeningResult screen(ScreeningAnswers answers) {
        Explanation.Builder why = Explanation.builder();
        ScreeningOutcome outcome = outcome(answers, why);
        if (answers.residualHighRisk()) {
            why.step("High risk remains after the measures: consult the Commissioner before the processing starts",
                    AssuranceSources.ART_36);
        }
        return new ScreeningResult(outcome, answers.residualHighRisk(), why.build());
    }

    private ScreeningOutcome outcome(ScreeningAnswers answers, Explanation.Builder why) {
        for (Art35Case c : answers.art35Cases()) {
            why.step(c.provision() + " applies (" + c.name().toLowerCase().replace('_', ' ') + "): a DPIA is required",
                    AssuranceSources.ART_35_3);
        }
        if (!answers.art35Cases().isEmpty()) {
            return ScreeningOutcome.REQUIRED_LAW;
        }
        boolean listed = false;
        for (IcoListType type : answers.icoList()) {
            Set<Wp248Criterion> others = EnumSet.noneOf(Wp248Criterion.class);
            others.addAll(answers.criteria());
            others.remove(type.sameAs());
            if (icoQualifiers && type.needsAnotherCriterion() && others.isEmpty()) {
                why.step("ICO list " + type.code() + " (" + name(type) + ") applies, but counts only with another "
                        + "WP248 criterion and none is recorded", AssuranceSources.ICO_LIST.withNote(
                                "the list's qualifier, read because icoQualifiers is set"));
            } else {
                why.step("ICO list " + type.code() + " (" + name(type) + ") applies: a DPIA is required",
                        icoQualifiers ? AssuranceSources.ICO_LIST : AssuranceSources.ICO_LIST.withNote(
                                "the screening checklist's reading: any listed type suffices"));
                listed = true;
            }
        }
        if (listed) {
            return ScreeningOutcome.REQUIRED_ICO;
        }
        int k = answers.criteria().size();
        String codes = answers.criteria().stream().map(Wp248Criterion::code).collect(Collectors.joining(", "));
        if (k >= 2) {
            why.step(k + " WP248 criteria apply (" + codes + "): a DPIA is likely required; not doing one needs reasons "
                    + "and the DPO's advice", AssuranceSources.WP248, AssuranceSources.ART_35_1);
            return ScreeningOutcome.LIKELY_REQUIRED;
        }
        if (k == 1) {
            why.step("One WP248 criterion applies (" + codes + "): consider a DPIA and record the decision and the "
                    + "DPO's advice", AssuranceSources.WP248);
            return ScreeningOutcome.CONSIDER;
        }
        why.step("No Art 35(3) case, ICO list type or WP248 criterion applies: no DPIA is required; the screening is "
                + "kept as the record", AssuranceSources.ART_35_1, AssuranceSources.ICO_LIST);
        return ScreeningOutcome.NOT_REQUIRED;
    }

    private static String name(IcoListType type) {
        return type.name().toLowerCase().replace('_', ' ');
    }
}
