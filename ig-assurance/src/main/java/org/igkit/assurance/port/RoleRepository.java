package org.igkit.assurance.port;

import java.util.Optional;
import java.util.List;

import org.igkit.assurance.roles.RoleAppointment;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The storage of role appointments. Adapters must pass {@code RoleRepositoryContract} in ig-testkit. */
public interface RoleRepository {

    /**
     * Stores {@code appointment} if the stored version equals its version (0 for a new one) and returns the stored copy, whose
     * version is one more.
     *
     * @throws org.igkit.core.error.ConflictException {@code ALREADY_EXISTS} when version 0 is saved under an id that
     *                                                exists; {@code VERSION_MISMATCH} when the stored version differs
     * @throws NotFoundException                      when a version above 0 is saved under an unknown id
     */
    RoleAppointment save(RoleAppointment appointment);

    /** The role appointment with this id, if any. */
    Optional<RoleAppointment> find(String id);

    /**
     * The role appointment with this id.
     *
     * @throws NotFoundException when there is none
     */
    default RoleAppointment get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("role appointment", id));
    }

    /**
     * Every role appointment, in ascending id order, a page at a time; the cursor is the last id read (a cursor that is not an id is
     * a {@link org.igkit.core.error.ValidationException} on {@code after}).
     */
    Page<RoleAppointment> list(PageRequest page);

    /** Every appointment (past, current or future) to {@code role}, in id order. */
    List<RoleAppointment> ofRole(RoleKind role);
}
