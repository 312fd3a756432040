package org.igkit.requests.engine;

import static java.time.Month.APRIL;
import static java.time.Month.JUNE;
import static java.time.Month.MAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.igkit.requests.engine.RequestAssert.assertThatRequest;

import java.time.LocalDate;

import org.igkit.core.Nation;
import org.igkit.requests.calendar.BankHoliday;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.Division;
import org.igkit.requests.regime.RegimeId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one-off bank holidays before the published data's coverage that no rule projects: the royal wedding
 * (29 April 2011) and the Diamond Jubilee (4 and 5 June 2012, the Spring bank holiday moved from 28 May), each
 * in the shipped dataset with its Royal Proclamation under BFDA 1971 s.1 as source.
 */
class ProclaimedOneOffHolidaysTest {
    private static final BankHolidayCalendar SHIPPED = BankHolidayCalendar.shipped();

    @Test
    @DisplayName("BFDA 1971 s.1(3) proclamation: 29 April 2011 and 4-5 June 2012 are holidays in every division; 28 May 2012 is not")
    void theDaysAreInTheShippedCalendar() {
        for (Division division : Division.values()) {
            assertThat(SHIPPED.isHoliday(LocalDate.of(2011, 4, 29), division)).as("%s 2011-04-29", division).isTrue();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2012, 6, 4), division)).as("%s 2012-06-04", division).isTrue();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2012, 6, 5), division)).as("%s 2012-06-05", division).isTrue();
            assertThat(SHIPPED.isHoliday(LocalDate.of(2012, 5, 28), division)).as("%s 2012-05-28", division).isFalse();
        }
        assertThat(SHIPPED.isHoliday(LocalDate.of(2013, 5, 27), Division.ENGLAND_AND_WALES))
                .as("the rule projects the last Monday of May again in 2013").isTrue();
    }

    @Test
    @DisplayName("Each one-off day cites its proclamation, not the GOV.UK data")
    void eachDayCitesItsProclamation() {
        BankHoliday wedding = SHIPPED.holidaysOn(LocalDate.of(2011, 4, 29)).get(0);
        assertThat(SHIPPED.findProclamation(wedding)).hasValueSatisfying(citation -> {
            assertThat(citation.instrument()).isEqualTo("Banking and Financial Dealings Act 1971");
            assertThat(citation.note()).contains("Royal Proclamation").contains("Prince William");
        });
        assertThat(SHIPPED.findProclamation(SHIPPED.holidaysOn(LocalDate.of(2024, 5, 6)).get(0))).isEmpty();
        assertThat(SHIPPED.movedByProclamation()).extracting(BankHoliday::date).containsOnly(LocalDate.of(2012, 5, 28));
    }

    @Test
    @DisplayName("FOIA s.10(1): received Wednesday 20 April 2011, the 20th working day skips Good Friday, Easter Monday, "
            + "the royal wedding and early May: Tuesday 24 May 2011")
    void aFoiaDeadlineSpanningTheRoyalWeddingCountsIt() {
        assertThatRequest(RegimeId.FOIA, Nation.ENGLAND).receivedOn(2011, APRIL, 20).asOf(2011, APRIL, 20)
                .isDueOn(2011, MAY, 24)
                .explains("Friday 29 April 2011, Bank holiday for the wedding of Prince William and Catherine Middleton")
                .explains("Royal Proclamation");
    }

    @Test
    @DisplayName("FOIA s.10(1): received Monday 21 May 2012, 28 May is a working day and 4-5 June are not: Wednesday 20 June 2012")
    void aFoiaDeadlineSpanningTheDiamondJubileeCountsIt() {
        assertThatRequest(RegimeId.FOIA, Nation.ENGLAND).receivedOn(2012, MAY, 21).asOf(2012, MAY, 21)
                .isDueOn(2012, JUNE, 20)
                .explains("Tuesday 5 June 2012, Diamond Jubilee bank holiday");
    }

    @Test
    @DisplayName("FOISA s.73: the Scottish calendar counts the Diamond Jubilee too (received 21 May 2012, due 20 June 2012)")
    void foisaCountsTheJubileeInScotland() {
        assertThatRequest(RegimeId.FOISA, Nation.SCOTLAND).receivedOn(2012, MAY, 21).asOf(2012, MAY, 21)
                .isDueOn(2012, JUNE, 20);
    }
}
