package org.igkit.requests.engine;

import static java.time.Month.APRIL;
import static java.time.Month.JULY;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FOISA s.74(2)(b), a posted request presumed received on the third day after posting, and the temporary limits of
 * the Coronavirus (Scotland) Act 2020 sch 6 Part 2 (60 working days, 7 April to 26 May 2020; repealed from 27 May
 * 2020 by the Coronavirus (Scotland) (No.2) Act 2020 sch 4 para 11), as regime versions by date of receipt.
 */
class ScottishPostAndCoronavirusTest {
    private static final DeadlineEngine ENGINE = RequestAssert.ENGINE;

    private static DeadlineResult foisa(DeadlineQuery query) {
        return ENGINE.calculate(query.withAsOf(query.received()));
    }

    @Test
    @DisplayName("FOISA s.74(2)(b): posted Monday 2 March 2020, presumed received Thursday 5 March; the 20th working day is 2 April 2020")
    void aPostedRequestIsReceivedOnTheThirdDayAfterPosting() {
        DeadlineQuery query = DeadlineQuery.ofPosted(RegimeId.FOISA, Nation.SCOTLAND, LocalDate.of(2020, 3, 2));
        DeadlineResult result = ENGINE.calculate(query.withAsOf(LocalDate.of(2020, 3, 5)));
        assertThat(ENGINE.dateOfReceipt(query)).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2020, APRIL, 2));
        assertThat(result.explanation().toString()).contains("Posted on Monday 2 March 2020")
                .contains("3rd day after the day of posting, Thursday 5 March 2020");
        assertThat(result.explanation().steps()).anySatisfy(step -> assertThat(step.citations())
                .anySatisfy(c -> assertThat(c.provision()).isEqualTo("s.74(2)(b)")));
    }

    @Test
    @DisplayName("FOISA s.74(2)(b): posted Friday 6 March 2020, the third day after is Monday 9 March (calendar days)")
    void theThirdDayIsACalendarDay() {
        assertThat(ENGINE.dateOfReceipt(DeadlineQuery.ofPosted(RegimeId.FOISA_REVIEW, Nation.SCOTLAND,
                LocalDate.of(2020, 3, 6)))).isEqualTo(LocalDate.of(2020, 3, 9));
    }

    @Test
    @DisplayName("FOISA s.74(2)(b) is a presumption of the earliest receipt: a request arriving later counts from its arrival")
    void aLaterArrivalCountsFromTheArrival() {
        DeadlineQuery query = DeadlineQuery.of(RegimeId.FOISA, Nation.SCOTLAND, LocalDate.of(2020, 3, 9))
                .withPosted(LocalDate.of(2020, 3, 2));
        assertThat(foisa(query).dueDate()).isEqualTo(LocalDate.of(2020, APRIL, 6));
        assertThat(foisa(query).explanation().toString()).contains("it arrived later, on Monday 9 March 2020");
        assertThatThrownBy(() -> ENGINE.calculate(DeadlineQuery.of(RegimeId.FOISA, Nation.SCOTLAND,
                LocalDate.of(2020, 3, 1)).withPosted(LocalDate.of(2020, 3, 2))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("received");
    }

    @Test
    @DisplayName("FOIA, EIR, EISR and subject access have no postal presumption: posted is refused, naming the field")
    void postedIsScotlandOnly() {
        for (RegimeId regime : new RegimeId[] {RegimeId.FOIA, RegimeId.EIR, RegimeId.EISR, RegimeId.UKGDPR_SAR}) {
            assertThatThrownBy(() -> ENGINE.calculate(DeadlineQuery.ofPosted(regime, Nation.SCOTLAND,
                    LocalDate.of(2024, 3, 4)))).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement()
                            .satisfies(v -> {
                                assertThat(v.path()).isEqualTo("posted");
                                assertThat(v.message()).contains("FOISA s.74(2)(b)").contains(regime.name());
                            }));
        }
    }

    @Test
    @DisplayName("Coronavirus (Scotland) Act 2020 sch 6 Part 2: a FOISA request received 8 April 2020 had 60 working days, to 6 July 2020")
    void coronavirusLimitOfSixtyWorkingDays() {
        DeadlineResult result = foisa(DeadlineQuery.of(RegimeId.FOISA, Nation.SCOTLAND, LocalDate.of(2020, 4, 8)));
        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2020, JULY, 6));
        assertThat(result.regimeVersion().effectiveFrom()).isEqualTo(LocalDate.of(2020, 4, 7));
        assertThat(result.regimeVersion().rules().temporary()).isTrue();
        assertThat(result.latestDueDate()).as("the extension to 100 working days of spec §5")
                .isEqualTo(LocalDate.of(2020, SEPTEMBER, 1));
        assertThat(result.explanation().toString()).contains("Coronavirus (Scotland) Act 2020");
        assertThat(foisa(DeadlineQuery.of(RegimeId.FOISA, Nation.SCOTLAND, LocalDate.of(2020, 4, 8))
                .withEvent(RequestEvent.of(EventType.EXTENSION_NOTICE, LocalDate.of(2020, 5, 1)))).dueDate())
                .isEqualTo(LocalDate.of(2020, SEPTEMBER, 1));
        assertThat(foisa(DeadlineQuery.of(RegimeId.FOISA_REVIEW, Nation.SCOTLAND, LocalDate.of(2020, 4, 8))).dueDate())
                .as("s.21(1) review, 60 working days too").isEqualTo(LocalDate.of(2020, JULY, 6));
    }

    @Test
    @DisplayName("Before 7 April 2020 and from 27 May 2020 (No.2 Act sch 4 para 11) FOISA is 20 working days")
    void twentyWorkingDaysOutsideTheWindow() {
        assertThat(foisa(DeadlineQuery.of(RegimeId.FOISA, Nation.SCOTLAND, LocalDate.of(2020, 4, 6))).dueDate())
                .isEqualTo(LocalDate.of(2020, MAY, 5));
        DeadlineResult after = foisa(DeadlineQuery.of(RegimeId.FOISA, Nation.SCOTLAND, LocalDate.of(2020, 5, 27)));
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2020, JUNE, 24));
        assertThat(after.regimeVersion().rules().temporary()).isFalse();
        assertThatThrownBy(() -> ENGINE.calculate(DeadlineQuery.of(RegimeId.FOISA, Nation.SCOTLAND,
                LocalDate.of(2020, 5, 27)).withEvent(RequestEvent.of(EventType.EXTENSION_NOTICE, LocalDate.of(2020, 6, 1)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("events[0].type");
    }

    @Test
    @DisplayName("Option: a deployment that follows the Commissioner's 20 working days for requests unanswered on 27 May 2020 ignores the temporary version")
    void theTemporaryVersionIsAnOption() {
        DeadlineEngine permanent = ENGINE.withOptions(DeadlineOptions.defaults()
                .with(DeadlineOptions.TemporaryVersions.IGNORE));
        DeadlineQuery query = DeadlineQuery.of(RegimeId.FOISA, Nation.SCOTLAND, LocalDate.of(2020, 4, 8))
                .withAsOf(LocalDate.of(2020, 4, 8));
        assertThat(permanent.calculate(query).dueDate()).isEqualTo(LocalDate.of(2020, MAY, 7));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 4).map(i -> 0x5C07_0000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("Posting on day P gives the deadline of a request received on P + 3, for every FOISA date")
    void postingIsReceiptThreeDaysLater(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long first = LocalDate.of(2005, 1, 1).toEpochDay();
        for (int i = 0; i < 300; i++) {
            LocalDate posted = LocalDate.ofEpochDay(random.nextLong(first, first + 8000));
            RegimeId regime = random.nextBoolean() ? RegimeId.FOISA : RegimeId.FOISA_REVIEW;
            DeadlineResult byPost = ENGINE.calculate(DeadlineQuery.ofPosted(regime, Nation.SCOTLAND, posted)
                    .withAsOf(posted.plusDays(3)));
            DeadlineResult received = ENGINE.calculate(DeadlineQuery.of(regime, Nation.SCOTLAND, posted.plusDays(3))
                    .withAsOf(posted.plusDays(3)));
            assertThat(byPost.dueDate()).as("seed %d case %d: posted %s", seed, i, posted).isEqualTo(received.dueDate());
        }
    }
}
