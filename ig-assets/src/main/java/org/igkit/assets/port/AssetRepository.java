package org.igkit.assets.port;

import java.util.Optional;

import org.igkit.assets.AssetId;
import org.igkit.assets.AssetQuery;
import org.igkit.assets.InformationAsset;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/**
 * The Information Asset Register's storage. Adapters must pass {@code AssetRepositoryContract} in ig-testkit.
 * Assets are never deleted: a retired asset stays on the register with status {@code RETIRED}.
 */
public interface AssetRepository {

    /**
     * Stores {@code asset} if the stored version equals {@code asset.version()} (0 for a new asset) and returns
     * the stored copy, whose version is one more.
     *
     * @throws org.igkit.core.error.ConflictException {@code ALREADY_EXISTS} when version 0 is saved under an id that
     *                                                exists; {@code VERSION_MISMATCH} when the stored version
     *                                                differs (or the asset does not exist and the version is not 0)
     */
    InformationAsset save(InformationAsset asset);

    /** The asset with this id, if it exists. */
    Optional<InformationAsset> find(AssetId id);

    /**
     * The asset with this id.
     *
     * @throws NotFoundException when there is none
     */
    default InformationAsset get(AssetId id) {
        return find(id).orElseThrow(() -> new NotFoundException("information asset", id.value()));
    }

    /**
     * The assets matching {@code query}, in ascending id order, a page at a time. The cursor is the last id read;
     * a cursor that is not an asset id is a {@link org.igkit.core.error.ValidationException} on {@code after}.
     */
    Page<InformationAsset> search(AssetQuery query, PageRequest page);
}
