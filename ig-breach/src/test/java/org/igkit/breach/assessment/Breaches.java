package org.igkit.breach.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;

/** Fixtures: a plain breach to start from, and ENISA inputs in one line. */
final class Breaches {
    /** Friday 29 March 2024 16:00 GMT, two days before the spring clock change. */
    static final OffsetDateTime AWARE = OffsetDateTime.parse("2024-03-29T16:00:00Z");
    /** A clock long after every deadline in these tests, unless a test says otherwise. */
    static final Clock LATER = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private Breaches() {
    }

    /** A UK GDPR confidentiality breach of simple data, exfiltration excluded, 10 people, aware at {@link #AWARE}. */
    static BreachFacts.Builder aBreach() {
        return BreachFacts.builder(AWARE)
                .regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(enisa(1, "1", "0", "0", "0", false))
                .individuals(10)
                .exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE);
    }

    /** ENISA scores with DPC given directly. */
    static EnisaInput enisa(int dpc, String ei, String confidentiality, String integrity, String availability,
            boolean malicious) {
        return EnisaInput.of(dpc, q(ei), q(confidentiality), q(integrity), q(availability), malicious);
    }

    static Quarters q(String decimal) {
        return Quarters.parse(decimal, "test");
    }
}
