package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.store.sqlite.internal.TemporalText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.igkit.core.SupportedDates;
import org.igkit.core.error.ValidationException;

/** Temporal values are stored as ISO-8601 text whose text order is time order, and read back exactly. */
class TemporalTextProperties {
    private static final long FIRST = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("2199-12-31T23:59:59Z").getEpochSecond();

    @TempDir
    Path directory;

    static Stream<Long> seeds() {
        return LongStream.of(20261121L, 7L, 424242L).boxed();
    }

    @ParameterizedTest(name = "seed {0}: 5,000 pairs of instants sort the same as text and as time")
    @MethodSource("seeds")
    void textOrderOfInstantsIsTimeOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            Instant a = randomInstant(random);
            Instant b = random.nextInt(4) == 0 ? a.plusNanos(random.nextLong(1, 1_000_000_000L)) : randomInstant(random);
            assertThat(Integer.signum(TemporalText.of(a).compareTo(TemporalText.of(b))))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(a.compareTo(b)));
            assertThat(Instant.parse(TemporalText.of(a))).isEqualTo(a);
        }
    }

    @ParameterizedTest(name = "seed {0}: 5,000 pairs of dates from year 1000 to 9999 sort the same as text and as time, and read back; others are refused")
    @MethodSource("seeds")
    void textOrderOfDatesIsTimeOrder(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            LocalDate a = LocalDate.ofEpochDay(random.nextLong(SupportedDates.MIN.toEpochDay(), SupportedDates.MAX.toEpochDay() + 1));
            LocalDate b = LocalDate.ofEpochDay(random.nextLong(SupportedDates.MIN.toEpochDay(), SupportedDates.MAX.toEpochDay() + 1));
            LocalDate outside = random.nextBoolean() ? SupportedDates.MIN.minusDays(random.nextLong(1, 400_000))
                    : SupportedDates.MAX.plusDays(random.nextLong(1, 400_000));
            assertThatThrownBy(() -> TemporalText.of(outside)).isInstanceOf(ValidationException.class);
            assertThat(Integer.signum(TemporalText.of(a).compareTo(TemporalText.of(b))))
                    .isEqualTo(Integer.signum(a.compareTo(b)));
            assertThat(TemporalText.parseDate(TemporalText.of(a))).isEqualTo(a);
        }
    }

    @Test
    void everyJavaTimeTypeRoundTripsThroughTheDatabaseAsText() {
        Instant instant = Instant.parse("2024-03-31T00:59:59.123456789Z");
        LocalDate date = LocalDate.of(2024, 2, 29);
        LocalDateTime dateTime = LocalDateTime.of(2024, 10, 27, 1, 30);
        OffsetDateTime offset = OffsetDateTime.of(2024, 10, 27, 1, 30, 0, 0, ZoneOffset.ofHours(1));
        Period period = Period.of(6, 0, 1);
        Duration duration = Duration.ofHours(72);
        try (SqliteStore store = TestDatabase.in(directory).open()) {
            List<Object> back = store.database().write("round-tripping", h -> {
                h.execute("CREATE TEMP TABLE t (i TEXT, d TEXT, dt TEXT, o TEXT, p TEXT, du TEXT) STRICT");
                h.createUpdate("INSERT INTO t VALUES (:i, :d, :dt, :o, :p, :du)")
                        .bind("i", instant).bind("d", date).bind("dt", dateTime).bind("o", offset)
                        .bind("p", period).bind("du", duration).execute();
                List<String> text = h.createQuery("SELECT i || '|' || d || '|' || dt || '|' || o || '|' || p || '|' || du "
                        + "FROM t").mapTo(String.class).list();
                assertThat(text).containsExactly("2024-03-31T00:59:59.123456789Z|2024-02-29|2024-10-27T01:30:00.000000000"
                        + "|2024-10-27T01:30+01:00|P6Y1D|PT72H");
                return h.createQuery("SELECT * FROM t").map((rs, ctx) -> List.<Object>of(
                        ctx.findColumnMapperFor(Instant.class).orElseThrow().map(rs, 1, ctx),
                        ctx.findColumnMapperFor(LocalDate.class).orElseThrow().map(rs, 2, ctx),
                        ctx.findColumnMapperFor(LocalDateTime.class).orElseThrow().map(rs, 3, ctx),
                        ctx.findColumnMapperFor(OffsetDateTime.class).orElseThrow().map(rs, 4, ctx),
                        ctx.findColumnMapperFor(Period.class).orElseThrow().map(rs, 5, ctx),
                        ctx.findColumnMapperFor(Duration.class).orElseThrow().map(rs, 6, ctx))).one();
            });
            assertThat(back).containsExactly(instant, date, dateTime, offset, period, duration);
        }
    }

    private static Instant randomInstant(SplittableRandom random) {
        long seconds = random.nextLong(FIRST, LAST);
        int nanos = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            default -> random.nextInt(1_000_000_000);
        };
        return Instant.ofEpochSecond(seconds, nanos);
    }
}
