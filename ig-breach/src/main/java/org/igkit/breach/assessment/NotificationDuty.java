package org.igkit.breach.assessment;

import java.time.Instant;
import java.util.Objects;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.DsptGrading;
import org.igkit.core.explain.Citation;

/**
 * One row of the notification-duty table: under {@code regime}, whom to tell, what makes telling them required, the
 * provision that sets the limit, and a note the explanation adds when {@link Trigger#showsNote} says so. The limit in
 * hours comes from the policy.
 *
 * @param regime    the regime
 * @param recipient who is told
 * @param trigger   what makes the notification required
 * @param source    the provision that sets the limit
 * @param note      the explanation's note on the duty, e.g. "; PECR requires every personal data breach to be
 *                  notified", or empty
 */
record NotificationDuty(Regime regime, Recipient recipient, Trigger trigger, Source source, String note) {
    NotificationDuty {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }

    /** Who is told. */
    enum Recipient {
        /** The regulator under its configured name. */
        REGULATOR {
            @Override
            String nameIn(AssessmentPolicy policy) {
                return policy.regulatorName();
            }
        },
        /** The configured NIS competent authority. */
        NIS_AUTHORITY {
            @Override
            String nameIn(AssessmentPolicy policy) {
                return policy.nisAuthorityName();
            }
        },
        /** The NHS DSPT incident reporting tool, which forwards to the regulator. */
        DSPT_TOOL {
            @Override
            String nameIn(AssessmentPolicy policy) {
                return "NHS DSPT incident reporting tool (forwarded to the " + policy.regulatorName() + ")";
            }
        };

        /** The recipient's name under {@code policy}. */
        abstract String nameIn(AssessmentPolicy policy);
    }

    /** What makes the notification required, and when the duty's note explains the outcome. */
    enum Trigger {
        /** A risk tier above NO_RISK (DPA 2018 s.67(1)). */
        RISK {
            @Override
            boolean requires(BreachFacts facts, RiskTier tier, DsptGrading dspt) {
                return tier != RiskTier.NO_RISK;
            }
        },
        /** A risk tier above NO_RISK, unless PECR's duty takes its place (UK GDPR Art 33 for a provider). */
        RISK_UNLESS_PECR {
            @Override
            boolean requires(BreachFacts facts, RiskTier tier, DsptGrading dspt) {
                return tier != RiskTier.NO_RISK && !facts.isUnder(Regime.PECR);
            }

            @Override
            boolean showsNote(BreachFacts facts) {
                return facts.isUnder(Regime.PECR);
            }
        },
        /** Every personal data breach (PECR reg 5A(2)). */
        EVERY_BREACH {
            @Override
            boolean requires(BreachFacts facts, RiskTier tier, DsptGrading dspt) {
                return true;
            }

            @Override
            boolean showsNote(BreachFacts facts) {
                return true;
            }
        },
        /** A significant impact on the trust or essential service (UK eIDAS Art 19(2), NIS reg 11(1)). */
        SIGNIFICANT_SERVICE_IMPACT {
            @Override
            boolean requires(BreachFacts facts, RiskTier tier, DsptGrading dspt) {
                return facts.significantServiceImpact();
            }

            @Override
            boolean showsNote(BreachFacts facts) {
                return !facts.significantServiceImpact();
            }
        },
        /** A reportable cell of the DSPT grid. */
        DSPT_GRID {
            @Override
            boolean requires(BreachFacts facts, RiskTier tier, DsptGrading dspt) {
                return dspt != null && dspt.reportable();
            }
        };

        /** True when the facts, the final tier and the DSPT grading (or {@code null}) make the notification due. */
        abstract boolean requires(BreachFacts facts, RiskTier tier, DsptGrading dspt);

        /** True when the duty's note explains this outcome (why it is always due, or why it is not). */
        boolean showsNote(BreachFacts facts) {
            return false;
        }
    }

    /** The provision that sets the limit. */
    sealed interface Source permits Fixed, ByPecrChangeover, FromDsptGrid {
        Citation citation(Instant awareness, AssessmentPolicy policy);
    }

    /** One provision whatever the date. */
    record Fixed(Citation citation) implements Source {
        @Override
        public Citation citation(Instant awareness, AssessmentPolicy policy) {
            return citation;
        }
    }

    /** One provision before the policy's PECR changeover and another from it (DUAA 2025 s.111). */
    record ByPecrChangeover(Citation before, Citation from) implements Source {
        @Override
        public Citation citation(Instant awareness, AssessmentPolicy policy) {
            return awareness.isBefore(policy.pecrChangeover()) ? before : from;
        }
    }

    /** The source the configured DSPT grid names. */
    record FromDsptGrid() implements Source {
        @Override
        public Citation citation(Instant awareness, AssessmentPolicy policy) {
            return policy.dsptGrid().source();
        }
    }
}
