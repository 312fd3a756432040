package org.igkit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;

import org.igkit.core.error.IgException;
import org.junit.jupiter.api.Test;

/** Opening refuses, as an IgException, a database it cannot reach and one a newer igkit has migrated. */
class PostgresStoreOpeningTest {
    @Test
    void aDatabaseMigratedByANewerIgkitIsRefusedAndLeftAsItIs() {
        TestDatabase database = TestDatabase.fresh();
        database.open().close();
        database.execute("INSERT INTO igkit_schema_history (installed_rank, version, description, type, script, "
                + "checksum, installed_by, execution_time, success) VALUES (100, '99', 'from the future', 'SQL', "
                + "'V99__from_the_future.sql', 1, 'postgres', 1, TRUE)");

        assertThatThrownBy(database::open).isInstanceOf(IgException.class)
                .hasMessageContaining("newer than this version of igkit")
                .hasMessageContaining("99 (from the future)");
        assertThat(database.query("SELECT count(*) FROM igkit_schema_history WHERE version = '99'"))
                .containsExactly("1");
    }

    @Test
    void aServerThatIsNotThereIsAnIgException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/igkit";

        assertThatThrownBy(() -> PostgresStore.open(url, "igkit", "not-shown", 2)).isInstanceOf(IgException.class)
                .hasMessageContaining("connecting to " + url)
                .hasMessageNotContaining("not-shown");
    }
}
