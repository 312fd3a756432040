package org.igkit.requests.regime;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.igkit.core.error.ValidationException;

/**
 * The identifier of a statutory response regime, as in the spec vocabulary (deadlines.md §8). The names are the
 * ids: {@code FOIA}, {@code UKGDPR_SAR}, ... {@link #DPA2018_PART3_SAR} has no id in the spec vocabulary and is
 * named here.
 */
public enum RegimeId {
    /** Freedom of Information Act 2000 s.10(1): 20 working days. */
    FOIA,
    /** FOIA schools: SI 2004/3364 reg 3 (and NI / academy equivalents): 20 school days or 60 working days. */
    FOIA_SCHOOL,
    /** FOIA transferred public records held by an appropriate records authority: 30 working days. */
    FOIA_PUBLIC_RECORDS,
    /** FOIA internal review under the s.45 Code of Practice (2018): 20 working days, 40 with an extension. */
    FOIA_INTERNAL_REVIEW,
    /** Environmental Information Regulations 2004 reg 5(2): 20 working days, 40 under reg 7. */
    EIR,
    /** EIR reg 11(4): reconsideration within 40 working days of the representations. */
    EIR_RECONSIDERATION,
    /** Re-use of Public Sector Information Regulations 2015 reg 8: 20 working days. */
    RPSI_2015,
    /** Freedom of Information (Scotland) Act 2002 s.10(1): 20 Scottish working days. */
    FOISA,
    /** FOISA s.21(1): review within 20 Scottish working days. */
    FOISA_REVIEW,
    /** Environmental Information (Scotland) Regulations 2004 reg 5(2)(a): 20 Scottish working days, 40 under reg 7. */
    EISR,
    /** EISR reg 16(4): review within 20 Scottish working days. */
    EISR_REVIEW,
    /** UK GDPR Art 12(3) (and Art 12A from 5 February 2026): one calendar month, three with an extension. */
    UKGDPR_SAR,
    /** Education (Pupil Information) (England) Regulations 2005 reg 5: 15 school days. */
    PUPIL_INFO_ENGLAND,
    /** Access to Health Records Act 1990 s.3(5): 21 days for a record made within the last 40 days. */
    AHRA_1990_21D,
    /** Access to Health Records Act 1990 s.3(5): 40 days. */
    AHRA_1990_40D,
    /** Data Protection Act 2018 Part 3 (law enforcement) s.45 and s.54: one month, three with an extension. */
    DPA2018_PART3_SAR;

    /** The regime named {@code id} exactly (e.g. "FOIA"), or a {@link ValidationException} on {@code regime}. */
    public static RegimeId parse(String id) {
        if (id != null) {
            for (RegimeId candidate : values()) {
                if (candidate.name().equals(id)) {
                    return candidate;
                }
            }
        }
        throw new ValidationException("regime", "must be one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")), id);
    }
}
