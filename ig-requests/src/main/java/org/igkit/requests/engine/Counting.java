package org.igkit.requests.engine;

import org.igkit.core.explain.Explanation;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.regime.Regime;

/**
 * What a counter works from: the query, the regime version, the readings, the timeline, the calendar version
 * in use, and the explanation being written.
 */
record Counting(DeadlineQuery query, Regime regime, DeadlineOptions options, Timeline timeline,
                BankHolidayCalendar calendar, Explanation.Builder explain) {
}
