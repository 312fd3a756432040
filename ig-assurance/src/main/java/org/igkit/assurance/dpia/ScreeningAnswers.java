package org.igkit.assurance.dpia;

import java.util.EnumSet;
import java.util.Set;

/**
 * The recorded human judgments a DPIA screening is made from (spec §1.5). "Large scale" has no numeric threshold:
 * the screener judges it.
 *
 * @param art35Cases       the Art 35(3) cases that apply
 * @param icoList          the ICO list types that apply
 * @param criteria         the WP248 criteria that apply
 * @param residualHighRisk true when high risk remains after the planned measures (Art 36)
 */
public record ScreeningAnswers(Set<Art35Case> art35Cases, Set<IcoListType> icoList, Set<Wp248Criterion> criteria,
        boolean residualHighRisk) {
    public ScreeningAnswers {
        art35Cases = copy(art35Cases, Art35Case.class);
        icoList = copy(icoList, IcoListType.class);
        criteria = copy(criteria, Wp248Criterion.class);
    }

    /** No case, type or criterion applies. */
    public static ScreeningAnswers none() {
        return new ScreeningAnswers(Set.of(), Set.of(), Set.of(), false);
    }

    /** A copy with {@code cases} applying. */
    public ScreeningAnswers with(Art35Case... cases) {
        Set<Art35Case> more = EnumSet.noneOf(Art35Case.class);
        more.addAll(art35Cases);
        more.addAll(Set.of(cases));
        return new ScreeningAnswers(more, icoList, criteria, residualHighRisk);
    }

    /** A copy with {@code types} applying. */
    public ScreeningAnswers with(IcoListType... types) {
        Set<IcoListType> more = EnumSet.noneOf(IcoListType.class);
        more.addAll(icoList);
        more.addAll(Set.of(types));
        return new ScreeningAnswers(art35Cases, more, criteria, residualHighRisk);
    }

    /** A copy with {@code applying} criteria. */
    public ScreeningAnswers with(Wp248Criterion... applying) {
        Set<Wp248Criterion> more = EnumSet.noneOf(Wp248Criterion.class);
        more.addAll(criteria);
        more.addAll(Set.of(applying));
        return new ScreeningAnswers(art35Cases, icoList, more, residualHighRisk);
    }

    /** A copy with high risk remaining (or not) after the measures. */
    public ScreeningAnswers withResidualHighRisk(boolean remains) {
        return new ScreeningAnswers(art35Cases, icoList, criteria, remains);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> given, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        if (given != null) {
            copy.addAll(given);
        }
        return java.util.Collections.unmodifiableSet(copy);
    }
}
