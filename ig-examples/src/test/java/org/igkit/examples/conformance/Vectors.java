package org.igkit.examples.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the published conformance files from the repository's {@code conformance/} directory. */
public final class Vectors {
    /** The three suites, one file each. */
    public static final List<String> SUITES = List.of("deadlines", "retention", "breach");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Vectors() {
    }

    /** The repository's {@code conformance/} directory, found upwards from the working directory (the module's). */
    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("conformance");
            if (Files.isRegularFile(candidate.resolve("deadlines.json"))) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no conformance/ directory above " + Path.of("").toAbsolutePath());
    }

    /** The whole file of a suite. */
    public static JsonNode file(String suite) {
        try {
            return JSON.readTree(directory().resolve(suite + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case of a suite, in file order. */
    public static List<Vector> of(String suite) {
        List<Vector> vectors = new ArrayList<>();
        for (JsonNode c : file(suite).path("cases")) {
            vectors.add(new Vector(suite, c.path("id").asText(), c.path("title").asText(), c.get("source"),
                    c.get("request"), c.get("expect"), c.get("expectError")));
        }
        return vectors;
    }
}
