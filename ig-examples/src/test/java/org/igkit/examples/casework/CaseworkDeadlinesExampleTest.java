package org.igkit.examples.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.igkit.examples.Printed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CaseworkDeadlinesExampleTest {
    private static final Clock RUN = Clock.fixed(CaseworkDeadlinesExample.RUN_AT.toInstant(),
            CaseworkDeadlinesExample.RUN_AT.getZone());

    @Test
    @DisplayName("FOIA s.10(1), s.1(3), s.10(6): 20 working days, restarted from the clarification; EIR reg 7: 40 with an extension; UK GDPR Art 12(3): 3 months with an extension")
    void computesTheDeadlines() {
        String printed = Printed.by(out -> CaseworkDeadlinesExample.run(out, RUN));

        assertThat(printed)
                // clarification answered Tuesday 22 September: the 20th working day after it
                .contains("FOI-2026-0101 FOIA received 2026-09-14: due 2026-10-20")
                // s.10(2): the working days from the fees notice (Thu 24 Sep) to payment (Thu 1 Oct) are disregarded
                .contains("FOI-2026-0102 FOIA received 2026-09-21: due 2026-10-27")
                // extension notified: the 40th working day after Monday 7 September
                .contains("EIR-2026-0007 EIR received 2026-09-07: due 2026-11-02")
                // one month extended by two further months: the corresponding date, a Thursday
                .contains("SAR-2026-0042 UKGDPR_SAR received 2026-09-10: due 2026-12-10")
                .contains("FOI-2026-0103 FOIA received 2026-10-01: due 2026-10-29, latest")
                .contains("Why FOI-2026-0101 is due when it is:")
                .contains("FOIA");
    }

    @Test
    @DisplayName("alaveteli #7292: a newly proclaimed bank holiday moves the working-day deadlines that cross it, not the SAR")
    void listsTheRequestsAProclaimedHolidayMoves() {
        String printed = Printed.by(out -> CaseworkDeadlinesExample.run(out, RUN));

        assertThat(printed)
                .contains("FOI-2026-0101: 2026-10-20 -> 2026-10-21 (+1 day)")
                .contains("FOI-2026-0102: 2026-10-27 -> 2026-10-28 (+1 day)")
                .contains("EIR-2026-0007: 2026-11-02 -> 2026-11-03 (+1 day)")
                .contains("FOI-2026-0103: 2026-10-29 -> 2026-10-30 (+1 day)")
                .doesNotContain("SAR-2026-0042: 2026");
    }

    @Test
    @DisplayName("Every receipt and event is audited under the caseworker's name, as over HTTP")
    void auditsEveryChange() {
        String printed = Printed.by(out -> CaseworkDeadlinesExample.run(out, RUN));

        // five requests received, six events recorded
        assertThat(printed).contains("Audit log: 11 entries (each receipt and event, by caseworker), chain intact");
    }
}
