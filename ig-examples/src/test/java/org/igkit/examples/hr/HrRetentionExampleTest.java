package org.igkit.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.igkit.examples.Printed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HrRetentionExampleTest {
    private static final Clock RUN = Clock.fixed(HrRetentionExample.RUN_AT.toInstant(), HrRetentionExample.RUN_AT.getZone());

    @Test
    @DisplayName("Each leaver's record gets the council schedule's answer: termination + 6 years, or the later of that and the 70th birthday")
    void evaluatesTheLeavers() {
        String printed = Printed.by(out -> HrRetentionExample.run(out, RUN));

        assertThat(printed)
                .contains("E-1001: DUE, due 2024-03-31, action SECURE_DESTROY")
                .contains("E-1002: HELD, due 2025-08-15, action SECURE_DESTROY, held by H-ET-2026-14")
                .contains("E-1003: NOT_YET_DUE, due 2029-01-31")
                .contains("E-1004: DUE, due 2023-06-30")
                .contains("E-1005: PENDING, action SECURE_DESTROY, waiting for dateOfBirth");
    }

    @Test
    @DisplayName("The sweep leaves out the held record; a hold placed after approval withholds a candidate at execution")
    void disposesOfWhatIsStillEligibleAndCertifiesIt() {
        String printed = Printed.by(out -> HrRetentionExample.run(out, RUN));

        assertThat(printed)
                .contains("Sweep DB-2026-05 proposes 2 records:")
                .contains("  E-1004 sample-council/HR-2 SECURE_DESTROY (due 2023-06-30")
                .contains("  E-1001 sample-council/HR-1 SECURE_DESTROY (due 2024-03-31")
                .contains("DISPOSED E-1001: SECURE_DESTROY under sample-council/HR-1")
                .contains("WITHHELD E-1004:")
                .doesNotContain("DISPOSED E-1002")
                .doesNotContain("DISPOSED E-1004")
                .containsPattern("digest [0-9a-f]{64} \\(intact\\)")
                .contains("chain intact");
    }
}
