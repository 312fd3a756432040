package org.igkit.rest.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server's main started as a user starts it, in a child JVM on this test's class path, with a time limit. The
 * child is always killed before {@link #run} or {@link #close} returns, so no server outlives a test.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ServerProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** What a finished run printed and its exit status. */
    record Outcome(int status, String stdout, String stderr) {
        /** Stderr's lines, without blank ones. */
        List<String> errorLines() {
            return stderr.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    /** Starts {@code java <properties> IgServer <args>}, its output going to files in {@code directory}. */
    static ServerProcess start(Path directory, List<String> properties, String... args) {
        return start(directory, properties, Map.of(), args);
    }

    /** As {@link #start(Path, List, String...)} with {@code environment} added to the child's. */
    static ServerProcess start(Path directory, List<String> properties, Map<String, String> environment,
                               String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path")));
        command.addAll(properties);
        command.add(IgServer.class.getName());
        command.addAll(List.of(args));
        Path out = directory.resolve("stdout.txt");
        Path err = directory.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // an IG_ variable in the developer's environment must not change what the test sees
        builder.environment().keySet().removeIf(name -> name.startsWith("IG_"));
        builder.environment().putAll(environment);
        try {
            return new ServerProcess(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end (killed after {@code seconds}, which fails the test) and returns what it printed. */
    static Outcome run(Path directory, List<String> properties, String... args) throws InterruptedException {
        try (ServerProcess child = start(directory, properties, args)) {
            if (!child.process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the server did not exit within 60 s; stderr: " + child.stderr());
            }
            return new Outcome(child.process.exitValue(), child.stdout(), child.stderr());
        }
    }

    /** Waits until stderr contains {@code text}, failing after 60 s or if the process exits first. */
    void awaitError(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!stderr().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + "; stderr: " + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' on stderr within 60 s: " + stderr());
            }
            Thread.sleep(50);
        }
    }

    String stdout() {
        return read(stdout);
    }

    String stderr() {
        return read(stderr);
    }

    private static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
