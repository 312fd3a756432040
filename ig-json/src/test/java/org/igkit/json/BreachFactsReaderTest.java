package org.igkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Quarters;
import org.igkit.core.error.ValidationException;

/** Breach facts as a request body gives them (spec breach.md §8.1), read by the HTTP API's mapper. */
class BreachFactsReaderTest {
    private static final ObjectMapper MAPPER = JsonMapping.newMapper();

    @Test
    @DisplayName("Absent flags are false, an absent basic score is ENISA's, absent values take their defaults")
    void absentValuesTakeTheirDefaults() throws JsonProcessingException {
        BreachFacts facts = MAPPER.readValue("{\"awareness\":\"2024-03-29T16:00:00Z\",\"regimes\":[\"UK_GDPR\"],"
                + "\"breachTypes\":[\"CONFIDENTIALITY\"],\"enisa\":{\"dataCategories\":[{\"category\":\"FINANCIAL\","
                + "\"score\":3}],\"ei\":0.75}}", BreachFacts.class);

        assertThat(facts.awareness()).isEqualTo(OffsetDateTime.parse("2024-03-29T16:00:00Z"));
        assertThat(facts.enisa().dataCategories().get(0).basic()).isEqualTo(3);
        assertThat(facts.enisa().ei()).isEqualTo(Quarters.ofQuarters(3));
        assertThat(facts.enisa().confidentiality()).isEqualTo(Quarters.ZERO);
        assertThat(facts.specialCategories()).isFalse();
        assertThat(facts.exfiltration()).isEqualTo(Exfiltration.POSSIBLE);
        assertThat(facts.mitigations()).isEmpty();
    }

    @Test
    @DisplayName("Every refused value of the body is reported at once, each with its path")
    void everyViolationIsReportedWithItsPath() {
        JsonMappingException refused = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(
                "{\"regimes\":[],\"breachTypes\":[\"CONFIDENTIALITY\"],\"enisa\":{\"dataCategories\":[{\"category\":"
                        + "\"SIMPLE\"}],\"ei\":0.3},\"mitigations\":[{}],\"dspt\":{\"likelihood\":7,\"severity\":2}}",
                BreachFacts.class));

        assertThat(refused.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) refused.getCause()).violations()).extracting(v -> v.path())
                .contains("enisa.ei", "enisa.dataCategories[0]", "mitigations[0].kind", "dspt.likelihood");
    }

    @Test
    @DisplayName("A value of the wrong type is Jackson's own error, at its JSON path")
    void aMalformedValueNamesItsPath() {
        InvalidFormatException malformed = catchThrowableOfType(InvalidFormatException.class, () -> MAPPER.readValue(
                "{\"regimes\":[\"GDPR\"]}", BreachFacts.class));

        assertThat(malformed.getPathReference()).contains("regimes");
    }
}
