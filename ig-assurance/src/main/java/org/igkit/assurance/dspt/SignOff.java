package org.igkit.assurance.dspt;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;

/**
 * A sign-off of the assessment before publication.
 *
 * @param role the role signing, e.g. {@code SIRO}, {@code CEO}
 * @param name who
 * @param on   when
 */
public record SignOff(String role, String name, LocalDate on) {
    public SignOff {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(role != null && !role.isBlank(), "role", "must not be blank", role);
        problems.require(name != null && !name.isBlank(), "name", "must not be blank", name);
        problems.require(on != null, "on", "is required", null);
        problems.throwIfAny();
    }
}
