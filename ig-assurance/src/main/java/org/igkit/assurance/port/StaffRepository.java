package org.igkit.assurance.port;

import java.util.Optional;
import java.util.List;

import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The storage of staff members. Adapters must pass {@code StaffRepositoryContract} in ig-testkit. */
public interface StaffRepository {

    /**
     * Stores {@code member} if the stored version equals its version (0 for a new one) and returns the stored copy, whose
     * version is one more.
     *
     * @throws org.igkit.core.error.ConflictException {@code ALREADY_EXISTS} when version 0 is saved under an id that
     *                                                exists; {@code VERSION_MISMATCH} when the stored version differs
     * @throws NotFoundException                      when a version above 0 is saved under an unknown id
     */
    StaffMember save(StaffMember member);

    /** The staff member with this id, if any. */
    Optional<StaffMember> find(String id);

    /**
     * The staff member with this id.
     *
     * @throws NotFoundException when there is none
     */
    default StaffMember get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("staff member", id));
    }

    /**
     * Every staff member, in ascending id order, a page at a time; the cursor is the last id read (a cursor that is not an id is
     * a {@link org.igkit.core.error.ValidationException} on {@code after}).
     */
    Page<StaffMember> list(PageRequest page);

    /**
     * Saves every member of {@code batch} under the rule of {@link #save}, all or none: when any member would be
     * refused, nothing is written and the first refusal is thrown. Returns the stored copies in batch order.
     *
     * @throws org.igkit.core.error.ValidationException on {@code batch} when two members share an id
     */
    List<StaffMember> saveAll(List<StaffMember> batch);
}
