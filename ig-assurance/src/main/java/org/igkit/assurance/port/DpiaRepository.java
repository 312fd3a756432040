package org.igkit.assurance.port;

import java.util.Optional;
import java.util.List;

import org.igkit.assets.AssetId;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The storage of DPIAs. Adapters must pass {@code DpiaRepositoryContract} in ig-testkit. */
public interface DpiaRepository {

    /**
     * Stores {@code dpia} if the stored version equals its version (0 for a new one) and returns the stored copy, whose
     * version is one more.
     *
     * @throws org.igkit.core.error.ConflictException {@code ALREADY_EXISTS} when version 0 is saved under an id that
     *                                                exists; {@code VERSION_MISMATCH} when the stored version differs
     * @throws NotFoundException                      when a version above 0 is saved under an unknown id
     */
    Dpia save(Dpia dpia);

    /** The DPIA with this id, if any. */
    Optional<Dpia> find(String id);

    /**
     * The DPIA with this id.
     *
     * @throws NotFoundException when there is none
     */
    default Dpia get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("DPIA", id));
    }

    /**
     * Every DPIA, in ascending id order, a page at a time; the cursor is the last id read (a cursor that is not an id is
     * a {@link org.igkit.core.error.ValidationException} on {@code after}).
     */
    Page<Dpia> list(PageRequest page);

    /** The DPIAs covering {@code asset}, in id order. */
    List<Dpia> covering(AssetId asset);
}
