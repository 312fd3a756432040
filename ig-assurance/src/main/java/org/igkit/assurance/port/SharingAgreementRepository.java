package org.igkit.assurance.port;

import java.util.Optional;

import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The storage of sharing agreements. Adapters must pass {@code SharingAgreementRepositoryContract} in ig-testkit. */
public interface SharingAgreementRepository {

    /**
     * Stores {@code agreement} if the stored version equals its version (0 for a new one) and returns the stored copy, whose
     * version is one more.
     *
     * @throws org.igkit.core.error.ConflictException {@code ALREADY_EXISTS} when version 0 is saved under an id that
     *                                                exists; {@code VERSION_MISMATCH} when the stored version differs
     * @throws NotFoundException                      when a version above 0 is saved under an unknown id
     */
    SharingAgreement save(SharingAgreement agreement);

    /** The sharing agreement with this id, if any. */
    Optional<SharingAgreement> find(String id);

    /**
     * The sharing agreement with this id.
     *
     * @throws NotFoundException when there is none
     */
    default SharingAgreement get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("sharing agreement", id));
    }

    /**
     * Every sharing agreement, in ascending id order, a page at a time; the cursor is the last id read (a cursor that is not an id is
     * a {@link org.igkit.core.error.ValidationException} on {@code after}).
     */
    Page<SharingAgreement> list(PageRequest page);
}
