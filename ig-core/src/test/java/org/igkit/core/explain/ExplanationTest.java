package org.igkit.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class ExplanationTest {
    private static final Citation FOIA_10_1 = Citation.of("Freedom of Information Act 2000", "s.10(1)")
            .withUrl("https://www.legislation.gov.uk/ukpga/2000/36/section/10");

    @Test
    void stepsKeepTheOrderTheEngineTookThem() {
        Explanation explanation = Explanation.builder()
                .step("Received Wednesday 2 October 2024", FOIA_10_1)
                .step("Due on the twentieth working day after receipt")
                .build();

        assertThat(explanation.steps()).extracting(Explanation.Step::text)
                .containsExactly("Received Wednesday 2 October 2024", "Due on the twentieth working day after receipt");
        assertThat(explanation.steps().get(0).citations()).containsExactly(FOIA_10_1);
    }

    @Test
    void readsAsAParagraphWithItsCitations() {
        Explanation explanation = Explanation.builder()
                .step("Received Wednesday 2 October 2024", FOIA_10_1)
                .step("Due Wednesday 30 October 2024.")
                .build();

        assertThat(explanation).hasToString(
                "Received Wednesday 2 October 2024 [Freedom of Information Act 2000 s.10(1)] Due Wednesday 30 October 2024.");
    }

    @Test
    void isImmutableOnceBuilt() {
        Explanation.Builder builder = Explanation.builder().step("one");
        Explanation first = builder.build();
        builder.step("two");

        assertThat(first.steps()).hasSize(1);
        assertThatThrownBy(() -> first.steps().add(new Explanation.Step("x", java.util.List.of())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void explanationsAppendInOrder() {
        Explanation joined = Explanation.builder().step("a").build().plus(Explanation.builder().step("b").build());
        assertThat(joined.steps()).extracting(Explanation.Step::text).containsExactly("a", "b");
    }

    @Test
    void aSentenceIsWrittenOnlyWhenReadAndThenKept() {
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        java.time.LocalDate received = java.time.LocalDate.of(2024, 10, 2);
        Explanation explanation = Explanation.builder()
                .step(() -> "Received " + received + " (rendered " + renders.incrementAndGet() + ")", FOIA_10_1)
                .build();
        assertThat(renders).hasValue(0);

        assertThat(explanation.steps().get(0).text()).isEqualTo("Received 2024-10-02 (rendered 1)");
        assertThat(explanation).hasToString("Received 2024-10-02 (rendered 1) [Freedom of Information Act 2000 s.10(1)]");
        assertThat(renders).hasValue(1);
        assertThat(explanation.steps().get(0))
                .isEqualTo(new Explanation.Step("Received 2024-10-02 (rendered 1)", java.util.List.of(FOIA_10_1)));
    }

    @Test
    void citationLinksMustBeAbsolute() {
        assertThatThrownBy(() -> Citation.of("ICO guidance", "").withUrl("/relative/path"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("url")
                .hasMessageContaining("absolute");
    }

    @Test
    void citationWithoutProvisionPrintsTheInstrumentAlone() {
        assertThat(Citation.of("ICO Right of access guidance", "")).hasToString("ICO Right of access guidance");
    }
}
