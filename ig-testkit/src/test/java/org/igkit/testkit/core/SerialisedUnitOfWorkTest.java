package org.igkit.testkit.core;

import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.port.UnitOfWork;

/**
 * The in-memory ports' {@link UnitOfWork#serialised()} against the unit-of-work contract: units run one at a time
 * (so no unit sees a change without its entry), but nothing is rolled back when the work throws part-way.
 */
class SerialisedUnitOfWorkTest extends UnitOfWorkContract {
    @Override
    protected StorePorts newStore() {
        return new StorePorts(UnitOfWork.serialised(), InMemoryAuditLog.create(), InMemoryBreachRepository.create());
    }

    @Override
    protected boolean rollsBack() {
        return false;
    }
}
