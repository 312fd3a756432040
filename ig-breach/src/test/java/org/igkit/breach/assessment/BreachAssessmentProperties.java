package org.igkit.breach.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.facts.TierOverride;
import org.igkit.breach.severity.EnisaBand;
import org.igkit.breach.severity.EnisaMethod;
import org.igkit.breach.severity.EnisaSeverity;
import org.igkit.core.error.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over seeded random breaches; each seed runs a few thousand cases and names itself on failure. */
class BreachAssessmentProperties {
    private static final int CASES = 1_000;
    /** Each case assesses three times (once per tier), so fewer cases still give thousands of assessments. */
    private static final int TIER_CASES = 500;
    private static final EnisaMethod ENISA = EnisaMethod.standard();
    private static final BreachAssessor ASSESSOR = BreachAssessor.withDefaults(Breaches.LATER);

    static LongStream seeds() {
        return LongStream.of(20240329L, 7L, 1_000_003L);
    }

    @ParameterizedTest(name = "seed {0}: CB only adds to the severity (ENISA s.3.1.3)")
    @MethodSource("seeds")
    void circumstancesOnlyAdd(long seed) {
        RandomBreaches gen = new RandomBreaches(seed);
        EnumSet<BreachType> all = EnumSet.allOf(BreachType.class);
        for (int n = 0; n < CASES; n++) {
            EnisaInput input = gen.enisa(all);
            EnisaSeverity base = ENISA.score(input, null, Protection.NONE);
            assertThat(base.score()).as("seed %d case %d", seed, n)
                    .isGreaterThanOrEqualTo(Quarters.ofQuarters(base.dpc() * input.ei().quarters()));
            Quarters more = Quarters.ofQuarters(Math.min(2, input.confidentiality().quarters() + 1));
            for (EnisaInput raised : List.of(input.withConfidentiality(more),
                    input.withIntegrity(Quarters.ofQuarters(Math.min(2, input.integrity().quarters() + 1))),
                    input.withAvailability(Quarters.ofQuarters(Math.min(2, input.availability().quarters() + 1))),
                    input.withMalicious(true))) {
                EnisaSeverity higher = ENISA.score(raised, null, Protection.NONE);
                assertThat(higher.score()).as("seed %d case %d: %s", seed, n, raised)
                        .isGreaterThanOrEqualTo(base.score());
                assertThat(higher.band().compareTo(base.band())).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}: the score lies in [0.25, 6.0] and its band matches exact decimal bounds")
    @MethodSource("seeds")
    void scoreInRange(long seed) {
        RandomBreaches gen = new RandomBreaches(seed);
        for (int n = 0; n < CASES; n++) {
            EnisaInput input = gen.enisa(EnumSet.allOf(BreachType.class));
            EnisaSeverity severity = ENISA.score(input, null, Protection.NONE);
            BigDecimal se = severity.score().toBigDecimal();
            BigDecimal expected = BigDecimal.valueOf(input.effectiveDpc()).multiply(input.ei().toBigDecimal())
                    .add(input.confidentiality().toBigDecimal()).add(input.integrity().toBigDecimal())
                    .add(input.availability().toBigDecimal()).add(input.malicious() ? new BigDecimal("0.5")
                            : BigDecimal.ZERO);
            assertThat(se).as("seed %d case %d", seed, n).isEqualByComparingTo(expected)
                    .isBetween(new BigDecimal("0.25"), new BigDecimal("6.0"));
            EnisaBand band = se.compareTo(BigDecimal.valueOf(2)) < 0 ? EnisaBand.LOW
                    : se.compareTo(BigDecimal.valueOf(3)) < 0 ? EnisaBand.MEDIUM
                    : se.compareTo(BigDecimal.valueOf(4)) < 0 ? EnisaBand.HIGH : EnisaBand.VERY_HIGH;
            assertThat(severity.band()).as("seed %d case %d, SE %s", seed, n, se).isEqualTo(band);
        }
    }

    @ParameterizedTest(name = "seed {0}: a higher tier never gives a weaker duty")
    @MethodSource("seeds")
    void higherTierNeverWeaker(long seed) {
        RandomBreaches gen = new RandomBreaches(seed);
        for (int n = 0; n < TIER_CASES; n++) {
            BreachFacts facts = gen.facts();
            BreachAssessment previous = null;
            for (RiskTier tier : RiskTier.values()) {
                BreachAssessment now = ASSESSOR.assess(facts.toBuilder()
                        .override(TierOverride.of(tier, "property check")).build());
                if (previous != null) {
                    assertThat(!previous.notifyCommissioner().required() || now.notifyCommissioner().required())
                            .as("seed %d case %d: %s -> %s", seed, n, previous.riskTier(), tier).isTrue();
                    assertThat(now.communicateDataSubjects().strength())
                            .as("seed %d case %d: %s -> %s", seed, n, previous.riskTier(), tier)
                            .isGreaterThanOrEqualTo(previous.communicateDataSubjects().strength());
                    assertThat(now.deadlines().stream().filter(NotificationDeadline::required).count())
                            .isGreaterThanOrEqualTo(previous.deadlines().stream()
                                    .filter(NotificationDeadline::required).count());
                }
                previous = now;
            }
        }
    }

    @ParameterizedTest(name = "seed {0}: more known recipients, or not knowing them, never lowers the tier; nor does "
            + "malicious intent, the identity flag, or switching the known-recipients policy off")
    @MethodSource("seeds")
    void worseRecipientFactsNeverLowerTheTier(long seed) {
        RandomBreaches gen = new RandomBreaches(seed);
        BreachAssessor strict = BreachAssessor.of(AssessmentPolicy.defaults().withFewRecipientsContain(false),
                Breaches.LATER);
        for (int n = 0; n < CASES; n++) {
            BreachFacts unknown = gen.disclosure();
            int few = gen.random().nextInt(1, 20);
            int more = few + gen.random().nextInt(1, 20);
            BreachFacts known = unknown.toBuilder().knownRecipients(few).build();
            RiskTier tier = tierOf(ASSESSOR, known);
            String why = "seed " + seed + " case " + n + ": " + known;
            assertThat(tierOf(ASSESSOR, known.toBuilder().knownRecipients(more).build())).as(why)
                    .isGreaterThanOrEqualTo(tier);
            assertThat(tierOf(ASSESSOR, unknown)).as(why).isGreaterThanOrEqualTo(tier);
            assertThat(tierOf(ASSESSOR, known.toBuilder().enisa(known.enisa().withMalicious(true)).build())).as(why)
                    .isGreaterThanOrEqualTo(tier);
            assertThat(tierOf(ASSESSOR, known.toBuilder().identityFraudData(true).build())).as(why)
                    .isGreaterThanOrEqualTo(tier);
            assertThat(tierOf(strict, known)).as(why).isGreaterThanOrEqualTo(tier);
        }
    }

    private static RiskTier tierOf(BreachAssessor assessor, BreachFacts facts) {
        return assessor.assess(facts).computedRiskTier();
    }

    @ParameterizedTest(name = "seed {0}: an override without a justification is rejected")
    @MethodSource("seeds")
    void overrideWithoutJustificationRejected(long seed) {
        RandomBreaches gen = new RandomBreaches(seed);
        String[] blanks = {null, "", " ", "\t", "\n", " \t \n ", "\u2003"};
        for (int n = 0; n < CASES; n++) {
            RiskTier tier = gen.pick(RiskTier.values());
            String blank = gen.pick(blanks);
            assertThatThrownBy(() -> TierOverride.of(tier, blank)).as("seed %d case %d", seed, n)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations().get(0).path()).isEqualTo("justification"));
        }
    }

    @ParameterizedTest(name = "seed {0}: every deadline is awareness plus exactly its hours, shown at London's offset")
    @MethodSource("seeds")
    void deadlinesOnTheInstantLine(long seed) {
        RandomBreaches gen = new RandomBreaches(seed);
        for (int n = 0; n < CASES; n++) {
            BreachFacts facts = gen.facts();
            BreachAssessment assessment = ASSESSOR.assess(facts);
            for (NotificationDeadline deadline : assessment.deadlines()) {
                assertThat(Duration.between(facts.awareness().toInstant(), deadline.toInstant()))
                        .as("seed %d case %d %s", seed, n, deadline.regime()).isEqualTo(Duration.ofHours(deadline.hours()));
                assertThat(deadline.deadline().getOffset()).isEqualTo(AssessmentPolicy.LONDON.getRules()
                        .getOffset(deadline.toInstant()));
                assertThat(deadline.isMetBy(deadline.toInstant())).isTrue();
                assertThat(deadline.isMetBy(deadline.toInstant().plusNanos(1))).isFalse();
            }
            assertThat(assessment.explanation().isEmpty()).isFalse();
            assertThat(assessment.computedRiskTier()).isNotNull();
            if (facts.isUnder(Regime.PECR)) {
                assertThat(assessment.notifyCommissioner().required()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "seed {0}: notified at or before the deadline is on time, after it late")
    @MethodSource("seeds")
    void lateIffAfterTheDeadline(long seed) {
        RandomBreaches gen = new RandomBreaches(seed);
        for (int n = 0; n < CASES; n++) {
            BreachFacts facts = gen.facts();
            BreachAssessment first = ASSESSOR.assess(facts);
            OffsetDateTime deadline = first.notifyCommissioner().deadline();
            if (deadline == null) {
                continue;
            }
            long offsetSeconds = gen.random().nextLong(-3600, 3601);
            OffsetDateTime notified = deadline.plusSeconds(offsetSeconds);
            if (notified.toInstant().isBefore(facts.awareness().toInstant())) {
                continue;
            }
            BreachAssessment second = ASSESSOR.assess(facts.toBuilder().notifiedAt(notified).build());
            assertThat(second.late()).as("seed %d case %d, %+d s", seed, n, offsetSeconds).isEqualTo(offsetSeconds > 0);
        }
    }

    @ParameterizedTest(name = "seed {0}: a quarter value survives printing and parsing; others are refused")
    @MethodSource("seeds")
    void quartersRoundTrip(long seed) {
        RandomBreaches gen = new RandomBreaches(seed);
        for (int n = 0; n < CASES; n++) {
            Quarters q = Quarters.ofQuarters(gen.random().nextInt(-100, 101));
            assertThat(Quarters.parse(q.toString(), "x")).isEqualTo(q);
            BigDecimal off = q.toBigDecimal().add(new BigDecimal("0.01"));
            assertThatThrownBy(() -> Quarters.of(off, "enisa.ei")).isInstanceOf(ValidationException.class);
        }
    }
}
