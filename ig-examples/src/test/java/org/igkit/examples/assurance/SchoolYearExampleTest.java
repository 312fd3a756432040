package org.igkit.examples.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import org.igkit.examples.Printed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolYearExampleTest {
    private static final String PRINTED = Printed.by(SchoolYearExample::run);

    @Test
    @DisplayName("ICO AF, Review and approval: approved 2025-07-08, due 2026-07-08; a breach on 2025-11-03 brings it to 2025-12-03")
    void thePolicyReview() {
        assertThat(PRINTED)
                .contains("Data protection policy v3.0 approved 2025-07-08; next review due 2026-07-08")
                .contains("Breach BR-2025-07 recorded: review now due 2025-12-03")
                .contains("(breaches considered: [BR-2025-07]); v3.1, next review due 2026-11-26");
    }

    @Test
    @DisplayName("S0 §4: 10 of the 11 required staff signed in at the start of AY 2025/26 (a new starter has 30 days)")
    void theSeptemberSignIn() {
        assertThat(PRINTED).contains("Staff imported: 12")
                .contains("Attestation AY 2025/26 on 2025-10-01: 10 of 11 (90.9%); not attested: [T08]");
    }

    @Test
    @DisplayName("spec §11.1 D3: fingerprint catering screens REQUIRED_ICO, and warns until a DPIA is approved")
    void theDpiaScreening() {
        assertThat(PRINTED).contains("DPIA screening, fingerprint catering: REQUIRED_ICO (REQUIRED)")
                .contains("asset CATERING screens as requiring a DPIA");
    }

    @Test
    @DisplayName("spec §4: on 2026-03-31, 9 of 11 in scope: the leaver is out; S02's 2024 completion has lapsed; S04's "
            + "probation ended 2026-03-01 untrained")
    void trainingCompliance() {
        assertThat(PRINTED).contains("Training on 2026-03-31: 9 of 11 (81.8%) is below the 95% target")
                .contains("overdue: [S02 [dp-awareness], S04 [dp-awareness]]");
    }

    @Test
    @DisplayName("spec §8: the governors' spring-term report counts the same registers by id, as of 31 March 2026")
    void theBoardReport() {
        assertThat(PRINTED).contains("Board report 2026-01-01 to 2026-03-31 (as of 2026-03-31): training 81.8%, "
                + "not compliant [S02, S04]");
        assertThat(PRINTED).contains("policies overdue for review []; DPIAs required and not signed off [dpia-catering]");
    }
}
