package org.igkit.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void theMessageNamesTheFieldWhatIsAllowedAndTheRejectedValue() {
        ValidationException e = new ValidationException("received", "must not be after closed (2024-10-01)", "2024-10-02");

        assertThat(e).hasMessage("invalid input: received: must not be after closed (2024-10-01) (was '2024-10-02')");
        assertThat(e.violations()).containsExactly(new Violation("received", "must not be after closed (2024-10-01)", "2024-10-02"));
    }

    @Test
    void aCollectorReportsEveryProblemAtOnce() {
        ValidationException.Collector problems = ValidationException.collector()
                .require(false, "name", "must not be blank", "")
                .require(true, "owner", "must not be blank", "x")
                .add("reviewDate", "must be a date", "yesterday");

        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path).containsExactly("name", "reviewDate"));
    }

    @Test
    void anEmptyCollectorThrowsNothing() {
        ValidationException.collector().throwIfAny();
    }

    @Test
    void nestedViolationsKeepTheirPathUnderTheParent() {
        ValidationException inner = new ValidationException("date", "is required", null);
        ValidationException.Collector outer = ValidationException.collector().addAll("events[2]", inner);

        assertThat(outer.violations()).extracting(Violation::path).containsExactly("events[2].date");
        assertThat(inner.under("request").violations().get(0).path()).isEqualTo("request.date");
    }

    @Test
    void conflictsSayWhatToDo() {
        ConflictException e = ConflictException.versionMismatch("information request", "R-1", 3, 4);
        assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH);
        assertThat(e).hasMessageContaining("version 3").hasMessageContaining("version 4").hasMessageContaining("reload");
    }

    @Test
    void notFoundNamesTypeAndId() {
        assertThat(new NotFoundException("schedule entry", "HR-12")).hasMessage("schedule entry 'HR-12' was not found");
    }
}
