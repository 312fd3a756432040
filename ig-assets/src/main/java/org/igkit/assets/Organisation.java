package org.igkit.assets;

import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * The body keeping the register, as the RoPA names it (UK GDPR Art 30(1)(a) and 30(2)(a)).
 *
 * @param name           the body's name
 * @param contactDetails its contact details (address, email, telephone)
 * @param dpo            the data protection officer's name and contact details, or {@code null} if none
 * @param representative the representative's name and contact details (Art 27), or {@code null} if none
 */
public record Organisation(String name, String contactDetails, String dpo, String representative) {
    public Organisation {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(name != null && !name.isBlank(), "name", "is required", name);
        problems.require(contactDetails != null && !contactDetails.isBlank(), "contactDetails", "is required",
                contactDetails);
        problems.throwIfAny();
        dpo = dpo == null || dpo.isBlank() ? null : dpo;
        representative = representative == null || representative.isBlank() ? null : representative;
    }

    /** A body with no DPO and no representative named yet. */
    public static Organisation of(String name, String contactDetails) {
        return new Organisation(name, contactDetails, null, null);
    }

    /** A copy naming the data protection officer. */
    public Organisation withDpo(String nameAndContact) {
        return new Organisation(name, contactDetails, nameAndContact, representative);
    }

    /** A copy naming the representative. */
    public Organisation withRepresentative(String nameAndContact) {
        return new Organisation(name, contactDetails, dpo, nameAndContact);
    }

    /** The DPO, if one is named. */
    public Optional<String> findDpo() {
        return Optional.ofNullable(dpo);
    }

    /** "Name, contact details". */
    public String nameAndContact() {
        return name + ", " + contactDetails;
    }
}
