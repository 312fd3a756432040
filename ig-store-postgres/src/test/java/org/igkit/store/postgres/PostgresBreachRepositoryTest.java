package org.igkit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.igkit.breach.port.BreachRepository;
import org.igkit.testkit.breach.BreachRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL breach log passes the contract every adapter must pass, and keeps every record it is given. */
class PostgresBreachRepositoryTest extends BreachRepositoryContract {
    private TestDatabase database;
    private PostgresStore store;

    @Override
    protected BreachRepository newRepository() {
        database = TestDatabase.fresh();
        store = database.open();
        return store.breaches();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theSchemaRefusesToRemoveARecordWhoeverConnects() {
        database.execute("INSERT INTO breach_record VALUES ('B-1', 'BR-1', 'laptop lost', '[]', '[]', NULL, '[]', "
                + "NULL, 'OPEN', NULL, '2026-01-05T09:00:00.000000000Z', TRUE, FALSE, 1)");

        assertThatThrownBy(() -> database.execute("DELETE FROM breach_record")).hasMessageContaining("Art 33(5)");
        assertThatThrownBy(() -> database.execute("TRUNCATE breach_record")).hasMessageContaining("Art 33(5)");
        assertThat(database.query("SELECT count(*) FROM breach_record")).containsExactly("1");
    }
}
