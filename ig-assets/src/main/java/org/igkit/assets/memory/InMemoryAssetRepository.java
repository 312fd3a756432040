package org.igkit.assets.memory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.igkit.assets.AssetId;
import org.igkit.assets.AssetQuery;
import org.igkit.assets.InformationAsset;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.assets.port.AssetRepository;

/** An {@link AssetRepository} over a sorted map, thread-safe (every method holds the repository's lock). */
public final class InMemoryAssetRepository implements AssetRepository {
    private static final String TYPE = "information asset";

    private final TreeMap<AssetId, InformationAsset> assets = new TreeMap<>();

    private InMemoryAssetRepository() {
    }

    /** An empty register. */
    public static InMemoryAssetRepository create() {
        return new InMemoryAssetRepository();
    }

    @Override
    public synchronized InformationAsset save(InformationAsset asset) {
        Objects.requireNonNull(asset, "asset");
        InformationAsset stored = assets.get(asset.id());
        if (stored == null && asset.version() != 0) {
            throw ConflictException.versionMismatch(TYPE, asset.id().value(), asset.version(), 0);
        }
        if (stored != null && asset.version() == 0) {
            throw ConflictException.alreadyExists(TYPE, asset.id().value());
        }
        if (stored != null && stored.version() != asset.version()) {
            throw ConflictException.versionMismatch(TYPE, asset.id().value(), asset.version(), stored.version());
        }
        InformationAsset saved = asset.withVersion(asset.version() + 1);
        assets.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<InformationAsset> find(AssetId id) {
        return Optional.ofNullable(assets.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized Page<InformationAsset> search(AssetQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        var rest = page.findAfterCursor().map(InMemoryAssetRepository::parseCursor)
                .map(after -> assets.tailMap(after, false))
                .orElse(assets);
        List<InformationAsset> matching = rest.values().stream()
                .filter(query::matches)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(matching, page.limit(), a -> a.id().value());
    }

    private static AssetId parseCursor(String cursor) {
        try {
            return AssetId.of(cursor);
        } catch (ValidationException e) {
            throw new ValidationException("after", "must be a cursor returned by a previous page", cursor);
        }
    }
}
