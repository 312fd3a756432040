package org.igkit.assurance.report;

import java.math.BigDecimal;
import java.util.List;

/** Assurance figures counting nothing, for tests of the other sections. */
final class EmptyAssurance {
    private EmptyAssurance() {
    }

    static AssuranceFigures figures() {
        Counted none = Counted.none();
        return new AssuranceFigures(new PolicyFigures(none, none, none, none),
                new AttestationFigures("2025/26", List.of(), none, none, Percentage.of(0, 0)),
                new TrainingFigures(none, none, none, Percentage.of(0, 0), new BigDecimal("0.95"), false),
                new DpiaFigures(none, none, none, none, none, none), new SharingFigures(none, none, none, none),
                DsptFigures.none());
    }
}
