package org.igkit.assurance.report;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.igkit.requests.regime.RegimeId;

/**
 * How the board report groups the request regimes: first requests under FOI and EIR (and their Scottish
 * counterparts), their internal reviews (the ICO applies the same bands to reviews), and subject access.
 */
public enum RequestGroup {
    /** FOIA s.10, EIR reg 5 and FOISA/EISR first responses. */
    FOI_EIR(EnumSet.of(RegimeId.FOIA, RegimeId.FOIA_SCHOOL, RegimeId.FOIA_PUBLIC_RECORDS, RegimeId.EIR,
            RegimeId.FOISA, RegimeId.EISR)),
    /** Internal reviews and reconsiderations under the same regimes. */
    INTERNAL_REVIEW(EnumSet.of(RegimeId.FOIA_INTERNAL_REVIEW, RegimeId.EIR_RECONSIDERATION, RegimeId.FOISA_REVIEW,
            RegimeId.EISR_REVIEW)),
    /** Subject access: UK GDPR Art 15 and DPA 2018 Part 3. */
    SAR(EnumSet.of(RegimeId.UKGDPR_SAR, RegimeId.DPA2018_PART3_SAR));

    private final Set<RegimeId> regimes;

    RequestGroup(Set<RegimeId> regimes) {
        this.regimes = regimes;
    }

    /** The group {@code regime} is reported under; none for the regimes outside these three (RPSI, pupil records, AHRA). */
    public static Optional<RequestGroup> of(RegimeId regime) {
        for (RequestGroup group : values()) {
            if (group.regimes.contains(regime)) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
