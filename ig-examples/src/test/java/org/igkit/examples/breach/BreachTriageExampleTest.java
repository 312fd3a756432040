package org.igkit.examples.breach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.igkit.examples.Printed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BreachTriageExampleTest {
    private static final Clock RUN = Clock.fixed(BreachTriageExample.RUN_AT.toInstant(), BreachTriageExample.RUN_AT.getZone());

    @Test
    @DisplayName("UK GDPR Art 33(1): 72 hours from awareness at 15:00 GMT on 27 March 2026 is 16:00 BST on 30 March")
    void theDeadlineInLondonTime() {
        String printed = Printed.by(out -> BreachTriageExample.run(out, RUN));

        assertThat(printed)
                .contains("Notify the ICO: YES, under UK_GDPR, by 2026-03-30T16:00+01:00")
                .contains("Aware: Friday 27 March 2026, 15:00 GMT")
                .contains("Deadline UK_GDPR: 72 hours from awareness = 2026-03-30T16:00+01:00, Monday 30 March 2026, 16:00 BST (73 hours on the wall clock)");
    }

    @Test
    @DisplayName("Health data of vulnerable people disclosed without protection: high risk, tell the people affected (Art 34(1)); the Art 33(3) checklist is printed")
    void theAssessmentAndChecklist() {
        String printed = Printed.by(out -> BreachTriageExample.run(out, RUN));

        assertThat(printed)
                .contains("Risk tier: HIGH_RISK")
                .contains("Tell the people affected: REQUIRED")
                .contains("Art 33(3) checklist for the report:")
                .contains("Art 33(3)(a)")
                .contains("Reasoning:");
    }
}
