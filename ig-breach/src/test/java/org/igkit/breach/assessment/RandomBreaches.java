package org.igkit.breach.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Mitigation;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;

/** Generates valid breach facts from a seeded generator, so that a failing property reproduces from its seed. */
final class RandomBreaches {
    private static final long FROM = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
    private static final long TO = Instant.parse("2031-01-01T00:00:00Z").getEpochSecond();

    private final SplittableRandom random;

    RandomBreaches(long seed) {
        random = new SplittableRandom(seed);
    }

    SplittableRandom random() {
        return random;
    }

    Instant instant() {
        return Instant.ofEpochSecond(random.nextLong(FROM, TO));
    }

    EnisaInput enisa(EnumSet<BreachType> types) {
        Quarters ei = Quarters.ofQuarters(random.nextInt(1, 5));
        Quarters c = types.contains(BreachType.CONFIDENTIALITY) ? Quarters.ofQuarters(random.nextInt(3)) : Quarters.ZERO;
        Quarters i = types.contains(BreachType.INTEGRITY) ? Quarters.ofQuarters(random.nextInt(3)) : Quarters.ZERO;
        Quarters a = types.contains(BreachType.AVAILABILITY) ? Quarters.ofQuarters(random.nextInt(3)) : Quarters.ZERO;
        boolean malicious = random.nextBoolean();
        if (random.nextBoolean()) {
            return EnisaInput.of(random.nextInt(1, 5), ei, c, i, a, malicious);
        }
        List<CategoryScore> categories = new ArrayList<>();
        for (DataCategory category : DataCategory.values()) {
            if (random.nextInt(3) == 0) {
                int score = random.nextInt(1, 5);
                categories.add(score == category.basicScore() ? CategoryScore.basic(category)
                        : CategoryScore.adjusted(category, score, "context"));
            }
        }
        if (categories.isEmpty()) {
            categories.add(CategoryScore.basic(DataCategory.SIMPLE));
        }
        return new EnisaInput(null, categories, ei, c, i, a, malicious);
    }

    BreachFacts facts() {
        EnumSet<BreachType> types = nonEmptySubset(BreachType.class);
        BreachFacts.Builder b = BreachFacts.builder(instant().atOffset(ZoneOffset.ofHours(random.nextInt(-12, 13))))
                .regimes(nonEmptySubset(Regime.class).toArray(Regime[]::new))
                .breachTypes(types.toArray(BreachType[]::new))
                .enisa(enisa(types))
                .protection(pick(Protection.values()))
                .specialCategories(random.nextBoolean())
                .identityFraudData(random.nextBoolean())
                .individuals(random.nextBoolean() ? random.nextInt(0, 200_000) : null)
                .vulnerableSubjects(random.nextBoolean())
                .exfiltration(pick(Exfiltration.values()))
                .backupAvailable(random.nextBoolean())
                .restorationHours(random.nextBoolean() ? random.nextInt(0, 200) : null)
                .effectOnIndividuals(pick(EffectOnIndividuals.values()))
                .significantServiceImpact(random.nextBoolean())
                .disproportionateEffort(random.nextBoolean())
                .commissionerRequiresCommunication(random.nextInt(10) == 0);
        if (random.nextBoolean()) {
            b.dspt(DsptGrade.of(random.nextInt(1, 6), random.nextInt(1, 6)));
        }
        if (random.nextInt(3) == 0) {
            b.mitigation(new Mitigation(pick(MitigationKind.values()), "measure", random.nextBoolean()));
        }
        // Known recipients only where BreachFacts allows them: a disclosure not scored "unknown number" (0.5).
        if (types.contains(BreachType.CONFIDENTIALITY) && b.build().enisa().confidentiality().quarters() < 2
                && random.nextInt(3) == 0) {
            b.knownRecipients(random.nextInt(1, 100));
        }
        return b.build();
    }

    /** Facts of a disclosure that known recipients can describe: confidentiality scored 0 or 0.25, none known yet. */
    BreachFacts disclosure() {
        BreachFacts f = facts();
        EnumSet<BreachType> types = EnumSet.copyOf(f.breachTypes());
        types.add(BreachType.CONFIDENTIALITY);
        return f.toBuilder().breachTypes(types.toArray(BreachType[]::new))
                .enisa(f.enisa().withConfidentiality(Quarters.ofQuarters(random.nextInt(2))))
                .knownRecipients(null).build();
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <E extends Enum<E>> EnumSet<E> nonEmptySubset(Class<E> type) {
        E[] all = type.getEnumConstants();
        EnumSet<E> chosen = EnumSet.noneOf(type);
        for (E e : all) {
            if (random.nextBoolean()) {
                chosen.add(e);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(all[random.nextInt(all.length)]);
        }
        return chosen;
    }

    /** An awareness instant shown with an arbitrary offset. */
    OffsetDateTime awareness() {
        return instant().atOffset(ZoneOffset.ofHours(random.nextInt(-12, 13)));
    }
}
