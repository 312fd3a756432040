package org.igkit.requests.regime;

/** What a clarification does to a regime's clock. */
public enum ClockEffect {
    /** Not part of the regime. */
    NONE,
    /** The date of receipt becomes the day the answer arrives; the full period is counted again. */
    RESTART,
    /** The days from the question to the answer (inclusive) do not count; the clock resumes. */
    PAUSE
}
