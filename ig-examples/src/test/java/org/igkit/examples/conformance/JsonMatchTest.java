package org.igkit.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The matching rule every implementation applies to the files (conformance/README.md), so a green run means something. */
class JsonMatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void extraMembersOfTheAnswerAreIgnored() throws Exception {
        assertThat(JsonMatch.differences(json("{'a': 1}"), json("{'a': 1, 'b': 2}"))).isEmpty();
    }

    @Test
    void aDifferentOrMissingValueIsReportedWithItsPath() throws Exception {
        assertThat(JsonMatch.differences(json("{'a': {'b': 'x'}}"), json("{'a': {'b': 'y'}}")))
                .containsExactly("$.a.b: expected \"x\" but was \"y\"");
        assertThat(JsonMatch.differences(json("{'a': 1}"), json("{}"))).hasSize(1);
    }

    @Test
    void numbersMatchByValue() throws Exception {
        assertThat(JsonMatch.differences(json("{'a': 1.0}"), json("{'a': 1}"))).isEmpty();
        assertThat(JsonMatch.differences(json("{'a': 1.75}"), json("{'a': 1.5}"))).hasSize(1);
    }

    @Test
    void nullMatchesNullOrAbsentOnly() throws Exception {
        assertThat(JsonMatch.differences(json("{'a': null}"), json("{}"))).isEmpty();
        assertThat(JsonMatch.differences(json("{'a': null}"), json("{'a': null}"))).isEmpty();
        assertThat(JsonMatch.differences(json("{'a': null}"), json("{'a': '2024-01-01'}"))).hasSize(1);
    }

    @Test
    void arraysMatchElementByElementWithTheSameLength() throws Exception {
        assertThat(JsonMatch.differences(json("[{'r': 'A'}]"), json("[{'r': 'A', 'h': 24}]"))).isEmpty();
        assertThat(JsonMatch.differences(json("[{'r': 'A'}]"), json("[{'r': 'A'}, {'r': 'B'}]"))).hasSize(1);
        assertThat(JsonMatch.differences(json("['a', 'b']"), json("['b', 'a']"))).hasSize(2);
    }

    @Test
    void dateTimesMatchAsTheSameInstantWithTheSameOffset() throws Exception {
        assertThat(JsonMatch.differences(json("{'d': '2024-10-28T09:00:00Z'}"), json("{'d': '2024-10-28T09:00:00+00:00'}"))).isEmpty();
        assertThat(JsonMatch.differences(json("{'d': '2024-04-01T17:00:00+01:00'}"), json("{'d': '2024-04-01T16:00:00Z'}"))).hasSize(1);
    }
}
