package org.igkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.core.explain.Citation;
import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.disposal.WithheldDisposal;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A disposal batch's candidates and certificate read back from their stored JSON documents exactly as written. */
class StoredDisposalDocumentsProperties {
    private static final String CHARACTERS = "aZ09 -/\"\\\t\n\r\u0001é€\uD83D\uDCC4";

    static Stream<Long> seeds() {
        return LongStream.of(7L, 20261121L, 424242L).boxed();
    }

    @ParameterizedTest(name = "seed {0}: 1,000 random candidate lists and certificates round-trip exactly")
    @MethodSource("seeds")
    void candidatesAndCertificatesRoundTrip(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 1_000; i++) {
            List<DisposalCandidate> candidates = new ArrayList<>();
            for (int c = random.nextInt(5); c > 0; c--) {
                candidates.add(candidate(random));
            }
            assertThat(StoredDocuments.candidates(StoredDocuments.ofCandidates(candidates))).isEqualTo(candidates);

            List<CertifiedDisposal> disposed = candidates.stream()
                    .map(c -> new CertifiedDisposal(c, instant(random))).toList();
            List<WithheldDisposal> withheld = List.of(new WithheldDisposal(text(random), text(random)));
            DisposalCertificate certificate = new DisposalCertificate("B-" + i, disposed, withheld, text(random),
                    instant(random), text(random), instant(random), DisposalCertificate.digestOf("B-" + i, disposed));
            DisposalCertificate read = StoredDocuments.certificate(StoredDocuments.ofCertificate(certificate));
            assertThat(read).isEqualTo(certificate);
            assertThat(read.isIntact()).isTrue();
        }
        assertThat(StoredDocuments.certificate(StoredDocuments.ofCertificate(null))).isNull();
    }

    private static DisposalCandidate candidate(SplittableRandom random) {
        List<Citation> citations = new ArrayList<>();
        for (int c = random.nextInt(3); c > 0; c--) {
            citations.add(new Citation("Act " + text(random), text(random),
                    random.nextBoolean() ? null : "https://www.legislation.gov.uk/ukpga/1980/58/section/" + c,
                    random.nextBoolean() ? null : text(random)));
        }
        DisposalAction[] actions = DisposalAction.values();
        return new DisposalCandidate(text(random), EntryRef.of("s" + random.nextInt(100), "e-" + random.nextInt(100)),
                text(random), citations, actions[random.nextInt(actions.length)],
                LocalDate.ofEpochDay(random.nextLong(-100_000, 100_000)));
    }

    private static Instant instant(SplittableRandom random) {
        return Instant.ofEpochSecond(random.nextLong(0, 10_000_000_000L), random.nextInt(1_000_000_000));
    }

    private static String text(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(1, 12); i > 0; i--) {
            int at = random.nextInt(CHARACTERS.length() - 1);
            if (Character.isHighSurrogate(CHARACTERS.charAt(at))) {
                out.append(CHARACTERS, at, at + 2);
            } else if (Character.isLowSurrogate(CHARACTERS.charAt(at))) {
                out.append('x');
            } else {
                out.append(CHARACTERS.charAt(at));
            }
        }
        return out.toString();
    }
}
