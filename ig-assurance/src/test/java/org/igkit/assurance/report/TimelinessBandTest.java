package org.igkit.assurance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ICO's FOI response-rate bands, compared on the exact fraction (spec §8 test vectors). */
class TimelinessBandTest {
    @ParameterizedTest(name = "{0} of {1} in time = {2}% -> {3}")
    @CsvSource({
            "190, 200, 95.0, GOOD",
            "185, 200, 92.5, ADEQUATE",
            "180, 200, 90.0, ADEQUATE",
            "179, 200, 89.5, UNSATISFACTORY",
            "1899, 2000, 95.0, ADEQUATE"})
    void bandsOfTheIcoFoiSelfAssessmentToolkit(int inTime, int due, String shown, TimelinessBand band) {
        Percentage share = Percentage.of(inTime, due);

        assertThat(share.toText()).isEqualTo(shown);
        assertThat(TimelinessBand.of(share)).isEqualTo(band);
    }
}
