package org.igkit.rest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first minutes with the jar: the server's main in a child JVM, its output and exit status as a user sees them. */
class ServerCommandLineTest {
    @TempDir
    Path directory;

    @Test
    @DisplayName("--help prints every setting with its default and exits 0 without starting a server")
    void help() throws InterruptedException {
        ServerProcess.Outcome outcome = ServerProcess.run(directory, List.of(), "--help");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.stdout()).startsWith("igkit server " + CommandLine.version())
                .contains("--version").contains("IG_HTTP_PORT");
        KnownSettings.all().forEach(setting -> assertThat(outcome.stdout()).contains(setting.key()));
        assertThat(outcome.stdout()).containsPattern("ig\\.http\\.port +8080");
        assertThat(outcome.stderr()).doesNotContain("listening");
    }

    @Test
    @DisplayName("--version prints the build's version (from the build, never written in the code)")
    void version() throws InterruptedException {
        ServerProcess.Outcome outcome = ServerProcess.run(directory, List.of(), "--version");

        assertThat(outcome.status()).isZero();
        assertThat(outcome.stdout().trim()).matches("igkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    @DisplayName("An argument that is not an option: one line naming the options, status 2")
    void unknownArgument() throws InterruptedException {
        ServerProcess.Outcome outcome = ServerProcess.run(directory, List.of(), "--port=9090");

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errorLines()).singleElement().asString().contains("--help").contains("-Dig.http.port");
    }

    @Test
    @DisplayName("A port in use: one line saying so and how to choose another, status 2, no stack trace")
    void portInUse() throws IOException, InterruptedException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ServerProcess.Outcome outcome = ServerProcess.run(directory, List.of(
                    "-Dig.http.port=" + taken.getLocalPort(), "-Dig.store.path=" + directory.resolve("igkit.db")));

            assertThat(outcome.status()).isEqualTo(2);
            assertThat(outcome.errorLines()).singleElement().asString()
                    .contains("127.0.0.1:" + taken.getLocalPort() + " is already in use").contains("ig.http.port")
                    .doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("A store path that cannot be opened (its directory is a file): one line naming ig.store.path, status 2")
    void unopenableStore() throws IOException, InterruptedException {
        Path file = Files.writeString(directory.resolve("not-a-directory"), "x");

        ServerProcess.Outcome outcome = ServerProcess.run(directory, List.of("-Dig.http.port=0",
                "-Dig.store.path=" + file.resolve("igkit.db")));

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errorLines()).singleElement().asString()
                .contains("SQLite store " + file.resolve("igkit.db")).contains("ig.store.path")
                .doesNotContain("IG_STORE_PASSWORD").doesNotContain("Exception");
    }

    @Test
    @DisplayName("Bad values: one line listing each with its allowed values (the nations, a PT10S duration), status 2")
    void badValues() throws InterruptedException {
        ServerProcess.Outcome outcome = ServerProcess.run(directory, List.of("-Dig.nation=FRANCE",
                "-Dig.http.shutdown-grace=10s", "-Dig.store.path=" + directory.resolve("igkit.db")));

        assertThat(outcome.status()).isEqualTo(2);
        assertThat(outcome.errorLines()).singleElement().asString()
                .contains("ig.nation: must be one of [ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND] (was 'FRANCE')")
                .contains("ig.http.shutdown-grace: must be an ISO-8601 duration such as PT10S")
                .doesNotContain("No enum constant").doesNotContain("org.igkit");
        assertThat(Files.exists(directory.resolve("igkit.db"))).isFalse();
    }

    @Test
    @DisplayName("A misspelt setting or variable is warned about once, with the nearest known one; the start line names the version")
    void misspeltSetting() throws InterruptedException {
        try (ServerProcess server = ServerProcess.start(directory, List.of("-Dig.http.port=0", "-Dig.http.prot=9090",
                "-Dig.store.path=" + directory.resolve("igkit.db")), Map.of("IG_STORE_PTH", "x.db"))) {
            server.awaitError("listening on");

            assertThat(server.stderr())
                    .contains("the setting ig.http.prot is not one igkit knows, so it is ignored; did you mean ig.http.port?")
                    .contains("the setting IG_STORE_PTH is not one igkit knows, so it is ignored; did you mean IG_STORE_PATH?")
                    .doesNotContain("ig.store.pth")
                    .contains("igkit " + CommandLine.version() + " listening on http://127.0.0.1:");
        }
    }
}
