package org.igkit.assurance.roles;

import java.util.Objects;

import org.igkit.core.explain.Citation;

/**
 * A gap or conflict in the roles register.
 *
 * @param kind     what is wrong
 * @param subject  the role, asset or person concerned
 * @param message  in words
 * @param citation the rule
 */
public record RoleWarning(Kind kind, String subject, String message, Citation citation) {
    /** The checks. */
    public enum Kind {
        /** No DPO though one is mandatory. */
        DPO_MISSING,
        /** No SIRO. */
        SIRO_MISSING,
        /** No Caldicott Guardian though one is required. */
        CG_MISSING,
        /** The DPO is also the SIRO: a possible conflict of interests. */
        DPO_ALSO_SIRO,
        /** An active asset with no IAO appointed. */
        ASSET_WITHOUT_IAO,
        /** An active asset whose IAO has left (the appointment ended, or the person left the staff). */
        IAO_LEFT
    }

    public RoleWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
    }
}
