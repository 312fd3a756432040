package org.igkit.core.port;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Makes a change and its audit entry one thing: every port call the work makes on this thread joins one store
 * transaction, committed when the work returns and rolled back when it throws, so a crash leaves either both or
 * neither. Application services run each change through it; a store supplies its own (a database transaction),
 * and stores without transactions use {@link #serialised()}.
 */
@FunctionalInterface
public interface UnitOfWork {

    /**
     * Runs {@code work} as one unit. A store may run it again after a transient failure (a busy database, a
     * serialization failure), so the work must have no effect outside the ports it calls. A unit started inside
     * another on the same thread joins the outer one.
     *
     * @param doing what the work does, in words that complete "failed while ..."
     */
    <T> T run(String doing, Supplier<T> work);

    /** As {@link #run(String, Supplier)} for work with no result. */
    default void execute(String doing, Runnable work) {
        Objects.requireNonNull(work, "work");
        run(doing, () -> {
            work.run();
            return null;
        });
    }

    /**
     * For in-memory ports, which have no transactions: units run one at a time under one lock, so no other unit
     * sees a change without its entry; nothing is rolled back if the work throws half-way, which is why in-memory
     * adapters validate before they write.
     */
    static UnitOfWork serialised() {
        ReentrantLock lock = new ReentrantLock();
        return new UnitOfWork() {
            @Override
            public <T> T run(String doing, Supplier<T> work) {
                Objects.requireNonNull(work, "work");
                lock.lock();
                try {
                    return work.get();
                } finally {
                    lock.unlock();
                }
            }
        };
    }
}
