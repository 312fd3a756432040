package org.igkit.requests.engine;

/** Counts a regime's period in one unit, explaining as it goes. */
interface Counter {
    /** The due dates for {@code counting}, or {@link Count#none()} while the timeline waits for an answer. */
    Count count(Counting counting);
}
