package org.igkit.assurance.roles;

import java.util.Objects;

/**
 * What kind of body this is, which decides the roles it must fill.
 *
 * @param type             the kind of body
 * @param adultSocialCare  true when it has adult social care or adult carer support functions (England)
 */
public record OrganisationProfile(Type type, boolean adultSocialCare) {
    /** Kinds of body. */
    public enum Type {
        /** A maintained school or academy. */
        SCHOOL,
        /** A district council. */
        DISTRICT_COUNCIL,
        /** A county or unitary council. */
        COUNTY_OR_UNITARY_COUNCIL,
        /** An NHS trust, ICB or other NHS body. */
        NHS_BODY,
        /** A parish or community council (not a public authority for the DPO duty, DPA 2018 s.7). */
        PARISH_COUNCIL,
        /** Any other body. */
        OTHER
    }

    public OrganisationProfile {
        Objects.requireNonNull(type, "type");
    }

    /** A body of {@code type} without adult social care. */
    public static OrganisationProfile of(Type type) {
        return new OrganisationProfile(type, false);
    }

    /** True when a DPO is mandatory (Art 37(1)(a); DPA 2018 s.7 excludes parish and community councils). */
    public boolean requiresDpo() {
        return type != Type.PARISH_COUNCIL;
    }

    /** True when a Caldicott Guardian is required: NHS bodies, and councils with adult social care. */
    public boolean requiresCaldicottGuardian() {
        return type == Type.NHS_BODY || adultSocialCare;
    }

    /** True when a SIRO is expected: every body (igkit's default; every seed strategy names one). */
    public boolean requiresSiro() {
        return true;
    }
}
