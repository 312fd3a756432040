package org.igkit.testkit.core;

import org.igkit.core.memory.InMemoryAssetRepository;
import org.igkit.core.port.AssetRepository;

/** The in-memory asset register passes the contract every adapter must pass. */
class InMemoryAssetRepositoryTest extends AssetRepositoryContract {
    @Override
    protected AssetRepository newRepository() {
        return InMemoryAssetRepository.create();
    }
}
