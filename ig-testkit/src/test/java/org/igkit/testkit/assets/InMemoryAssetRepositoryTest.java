package org.igkit.testkit.assets;

import org.igkit.assets.memory.InMemoryAssetRepository;
import org.igkit.assets.port.AssetRepository;

/** The in-memory asset register passes the contract every adapter must pass. */
class InMemoryAssetRepositoryTest extends AssetRepositoryContract {
    @Override
    protected AssetRepository newRepository() {
        return InMemoryAssetRepository.create();
    }
}
