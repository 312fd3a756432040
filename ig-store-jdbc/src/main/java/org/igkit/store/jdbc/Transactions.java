package org.igkit.store.jdbc;

import java.util.Objects;
import java.util.function.Supplier;

import org.igkit.core.error.IgException;
import org.igkit.core.port.UnitOfWork;
import org.jdbi.v3.core.HandleCallback;

/**
 * Runs database work in one transaction, the way a store's database does it: which connections, which isolation,
 * what is retried. Whatever the driver or Jdbi throws comes out as an {@link org.igkit.core.error.IgException}
 * (an {@code IgException} thrown by the work passes unchanged), so no adapter exception crosses a port.
 *
 * <p>Every write transaction is also a unit of work: {@link #write} and {@link #read} called on the same thread
 * while a write is open join it (they run on its handle, in its transaction, and neither commit nor retry on their
 * own), so that the adapters' writes made inside one {@link #unitOfWork() unit} commit or roll back together. A
 * transient failure (a busy database, a serialization failure) of any part re-runs the whole outermost unit.
 */
public interface Transactions {
    /**
     * Runs {@code work} in a write transaction, committed when it returns and rolled back when it throws; inside an
     * open unit on this thread, in that unit's transaction. It may be run more than once (a busy database, a
     * serialization failure), so it must have no effect outside the database.
     *
     * @param doing what the work does, in words that complete "failed while ..."
     */
    <R> R write(String doing, HandleCallback<R, RuntimeException> work);

    /**
     * Runs {@code work} on one consistent snapshot of the database (inside an open unit on this thread, in that
     * unit's transaction, so it sees the unit's own writes); {@code doing} as for {@link #write}.
     */
    <R> R read(String doing, HandleCallback<R, RuntimeException> work);

    /**
     * This database as a {@link UnitOfWork}: a unit is one {@link #write} transaction, which every port call of
     * this database's adapters on the same thread joins; a nested unit joins the outer one. An exception the work
     * throws itself reaches the caller unchanged (after the rollback); a failure of the database arrives as the
     * {@link org.igkit.core.error.IgException} the adapter that met it threw.
     */
    default UnitOfWork unitOfWork() {
        Transactions database = this;
        return new UnitOfWork() {
            @Override
            public <T> T run(String doing, Supplier<T> work) {
                Objects.requireNonNull(work, "work");
                try {
                    return database.write(doing, h -> {
                        try {
                            return work.get();
                        } catch (IgException e) {
                            throw e;
                        } catch (RuntimeException e) {
                            // not the database's: carried past the translation of driver failures, and unwrapped
                            throw new WorkFailure(e);
                        }
                    });
                } catch (WorkFailure e) {
                    throw e.failure();
                }
            }
        };
    }

}

/** The work's own exception, carried out of {@link Transactions#write} past the store's translation, unchanged. */
final class WorkFailure extends IgException {
    private static final long serialVersionUID = 1L;

    private final transient RuntimeException failure;

    WorkFailure(RuntimeException failure) {
        super(failure.getMessage(), failure);
        this.failure = failure;
    }

    RuntimeException failure() {
        return failure;
    }
}
