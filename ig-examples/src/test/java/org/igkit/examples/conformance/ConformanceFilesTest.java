package org.igkit.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The published files keep the format conformance/README.md promises to other implementations. */
class ConformanceFilesTest {

    @Test
    @DisplayName("Every case has a unique id, a title, a named source, a request, and exactly one of expect or expectError")
    void everyCaseIsWellFormed() {
        for (String suite : Vectors.SUITES) {
            JsonNode file = Vectors.file(suite);
            assertThat(file.path("suite").asText()).isEqualTo(suite);
            assertThat(file.path("formatVersion").asInt()).isEqualTo(1);
            assertThat(file.path("endpoint").asText()).startsWith("POST /v1/");
            Set<String> ids = new HashSet<>();
            for (Vector v : Vectors.of(suite)) {
                assertThat(ids.add(v.id())).as("%s: duplicate id", v).isTrue();
                assertThat(v.id()).as("%s: id", v).matches("[a-z0-9][a-z0-9-]*");
                assertThat(v.title()).as("%s: title", v).isNotBlank();
                assertThat(v.request()).as("%s: request", v).isNotNull();
                assertThat(v.expect() == null).as("%s: exactly one of expect and expectError", v).isNotEqualTo(v.expectError() == null);
                assertThat(v.source()).as("%s: source", v).isNotNull();
                for (JsonNode s : v.source().isArray() ? v.source() : Set.of(v.source())) {
                    assertThat(s.path("type").asText()).as("%s: source type", v).isNotBlank();
                    assertThat(s.path("reference").asText()).as("%s: source reference", v).isNotBlank();
                }
            }
            assertThat(ids).as(suite).hasSizeGreaterThan(20);
        }
    }
}
