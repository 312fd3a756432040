package org.igkit.assurance.sharing;

import org.igkit.core.error.ValidationException;

/**
 * A party to an agreement, with its role and the lawful basis it relies on (it may differ per party).
 *
 * @param name        the organisation
 * @param role        controller or joint controller (the code covers controller-to-controller sharing)
 * @param lawfulBasis the Art 6 basis (and Art 9/10 condition) and statutory power it relies on
 * @param contact     the contact, or {@code null}
 */
public record Party(String name, Role role, String lawfulBasis, String contact) {
    /** A party's role. */
    public enum Role {
        /** An independent controller. */
        CONTROLLER,
        /** A joint controller (an Art 26 arrangement is needed). */
        JOINT_CONTROLLER
    }

    public Party {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(name != null && !name.isBlank(), "name", "must not be blank", name);
        problems.require(role != null, "role", "is required: CONTROLLER or JOINT_CONTROLLER", null);
        problems.require(lawfulBasis != null && !lawfulBasis.isBlank(), "lawfulBasis",
                "must record the lawful basis the party relies on (ICO data sharing code)", lawfulBasis);
        problems.throwIfAny();
        contact = contact == null || contact.isBlank() ? null : contact;
    }

    /** An independent controller relying on {@code lawfulBasis}. */
    public static Party controller(String name, String lawfulBasis) {
        return new Party(name, Role.CONTROLLER, lawfulBasis, null);
    }
}
