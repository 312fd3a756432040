package org.igkit.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import org.igkit.rest.fixture.MutableClock;

/**
 * Issue 20, defect 4: 200 requests with the same bad input wrote 14.5 MB of stack traces in 1.3 s. A repeated
 * failure is now one full entry and then a count.
 */
class RepeatedLogTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Recording recording = new Recording();
    private final RepeatedLog log = RepeatedLog.of(recording, clock);

    @Test
    @DisplayName("200 identical failures: one entry with the stack trace, then one line with the count a minute on")
    void identicalFailuresAreCounted() {
        for (int request = 0; request < 200; request++) {
            log.error("500 on /v1/deadlines (correlation id " + request + ")", failure());
        }
        assertThat(recording.lines).hasSize(1);
        assertThat(recording.traces).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        log.error("500 on /v1/deadlines (correlation id 200)", failure());
        assertThat(recording.lines).hasSize(2);
        assertThat(recording.lines.get(1)).contains("repeated 200 more time(s)").contains("IllegalStateException");
        assertThat(recording.traces).isEqualTo(1);
    }

    @Test
    @DisplayName("Different messages are each logged once; flush writes the counts still pending")
    void distinctMessagesAndFlush() {
        for (int i = 0; i < 5; i++) {
            log.warn("429 to 10.0.0.1");
            log.warn("429 to 10.0.0.2");
        }
        assertThat(recording.lines).containsExactly("429 to 10.0.0.1", "429 to 10.0.0.2");
        log.flush();
        assertThat(recording.lines).hasSize(4).anyMatch(l -> l.contains("repeated 4 more time(s)") && l.contains("10.0.0.2"));
    }

    private static Throwable failure() {
        // one throwing frame for every call, as a replayed request gives
        return new IllegalStateException("stack overflow in the rule parser");
    }

    /** Records what is logged above DEBUG. */
    private static final class Recording extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final transient List<String> lines = new ArrayList<>();
        int traces;

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            if (level.toInt() <= Level.DEBUG.toInt()) {
                return;
            }
            lines.add(MessageFormatter.basicArrayFormat(pattern, arguments));
            if (throwable != null) {
                traces++;
            }
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
