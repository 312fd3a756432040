package org.igkit.breach.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Mitigation;

/** How the assessment's steps put instants, durations and measures into words, so that every part says them alike. */
final class Wording {
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm:ss xxx", Locale.UK);

    private Wording() {
    }

    /** An instant as a London reader reads it, e.g. "Monday 1 April 2024 17:00:00 +01:00". */
    static String show(Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone));
    }

    /** A lateness such as "0 h 0 min 1 s". */
    static String describe(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        long seconds = duration.toSecondsPart();
        return hours + " h " + minutes + " min" + (seconds == 0 ? "" : " " + seconds + " s");
    }

    /** The verified measures, e.g. "RECIPIENT_DELETED: confirmed in writing". */
    static String verifiedMitigations(BreachFacts facts) {
        return String.join(", ", facts.mitigations().stream().filter(Mitigation::verified)
                .map(m -> m.description().isEmpty() ? m.kind().name() : m.kind() + ": " + m.description()).toList());
    }
}
