package org.igkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sealed chain: HMAC-SHA256 entries (RFC 2104) and signed checkpoints, against what someone who can write the
 * database but does not hold the key can do.
 */
class SealedChainTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    private static final AuditKey KEY = AuditKey.of("2026-12", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    private static final AuditKeyring RING = AuditKeyring.of(KEY);

    @Test
    void aKeyIsReadFromItsConfigurationTextAndNeverPrintsItsSecret() {
        String secret = Base64.getEncoder().encodeToString(new byte[32]);
        AuditKey key = AuditKey.parse("k-1:" + secret);

        assertThat(key.id()).isEqualTo("k-1");
        assertThat(key.secret()).hasSize(32);
        assertThat(key.toString()).isEqualTo("AuditKey[k-1]").doesNotContain(secret);
    }

    @Test
    void aShortOrMalformedKeyIsRefusedNamingTheFieldAndNotTheSecret() {
        assertThatThrownBy(() -> AuditKey.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(ValidationException.class).hasMessageContaining("secret").hasMessageContaining("32");
        assertThatThrownBy(() -> AuditKey.parse("k1:not base64!"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Base64").hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> AuditKey.parse("no-colon")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AuditKey.of("bad id", new byte[32])).isInstanceOf(ValidationException.class)
                .hasMessageContaining("id");
    }

    @Test
    void aSealedEntryIsNotTheUnkeyedHashAndNamesItsKey() {
        AuditEntry sealed = AuditChain.empty(RING).link(event(1));
        AuditEntry plain = AuditChain.empty().link(event(1));

        assertThat(sealed.keyId()).isEqualTo("2026-12");
        assertThat(sealed.hash()).hasSize(64).isNotEqualTo(plain.hash());
        assertThat(plain.keyId()).isNull();
    }

    @Test
    void unkeyedHashesAreTheSameAsBeforeLogsWereSealed() {
        // the first entry's hash as written by the unkeyed chain since the first release: stored logs must verify
        AuditEntry first = AuditChain.empty().link(AuditEvent.of("dpo", "breach.logged", T0, "breach", "B-1"));
        assertThat(first.hash()).isEqualTo(AuditChain.hashOf(1, AuditChain.GENESIS_HASH, first.event()));
        assertThat(AuditChain.verify(List.of(first)).isIntact()).isTrue();
    }

    @Test
    void aCheckpointRoundTripsThroughItsTextAndRefusesAnotherShape() {
        AuditCheckpoint checkpoint = AuditCheckpoint.sign(KEY, AuditChain.empty(RING).link(event(1)));

        assertThat(AuditCheckpoint.parse(checkpoint.toText())).isEqualTo(checkpoint);
        assertThat(checkpoint.isSignedUnder(RING)).isTrue();
        assertThat(checkpoint.isSignedUnder(AuditKeyring.none())).isFalse();
        assertThatThrownBy(() -> AuditCheckpoint.parse("sequence=1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("checkpoint");
        assertThatThrownBy(() -> AuditCheckpoint.parse(checkpoint.toText().replace("sequence=1", "sequence=x")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aCheckpointMovedToAnotherEntryNoLongerVerifies() {
        List<AuditEntry> chain = sealedChain(3, new Random(1));
        AuditCheckpoint signed = AuditCheckpoint.sign(KEY, chain.get(2));
        AuditCheckpoint moved = new AuditCheckpoint(2, chain.get(1).hash(), signed.headOccurredAt(), signed.keyId(),
                signed.signature());

        assertThat(AuditChain.verify(chain, RING, List.of(signed)).isIntact()).isTrue();
        assertThat(AuditChain.verify(chain, RING, List.of(moved)).problem()).contains("signature");
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 200).boxed();
    }

    /** Any one field of any one entry changed without the key, hashes recomputed or not, breaks the chain there. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyChangeWithoutTheKeyIsCaughtAtTheEntryChanged(long seed) {
        Random random = new Random(seed);
        List<AuditEntry> chain = sealedChain(2 + random.nextInt(30), random);
        int target = random.nextInt(chain.size());
        AuditEntry stored = chain.get(target);
        AuditEvent e = stored.event();
        AuditEvent changed = switch (random.nextInt(4)) {
            case 0 -> new AuditEvent("mallory", e.action(), e.occurredAt(), e.subjectType(), e.subjectId(), e.details());
            case 1 -> new AuditEvent(e.actor(), "record.restored", e.occurredAt(), e.subjectType(), e.subjectId(), e.details());
            case 2 -> new AuditEvent(e.actor(), e.action(), e.occurredAt().plusSeconds(1), e.subjectType(), e.subjectId(),
                    e.details());
            default -> e.withDetail("approver", "mallory");
        };
        List<AuditEntry> forged = new ArrayList<>(chain.subList(0, target));
        boolean recompute = random.nextBoolean();
        AuditKey guess = AuditKey.of(KEY.id(), ("guess-" + seed + "-0123456789abcdef0123456789").getBytes(StandardCharsets.US_ASCII));
        String previous = stored.previousHash();
        for (int i = target; i < chain.size(); i++) {
            AuditEvent event = i == target ? changed : chain.get(i).event();
            AuditEntry entry = recompute
                    ? new AuditEntry(i + 1L, event, previous, AuditChain.sealOf(guess, i + 1L, previous, event), KEY.id())
                    : new AuditEntry(i + 1L, event, chain.get(i).previousHash(), chain.get(i).hash(), KEY.id());
            forged.add(entry);
            previous = entry.hash();
        }

        ChainVerification result = AuditChain.verify(forged, RING, List.of());

        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(target + 1L);
    }

    private static List<AuditEntry> sealedChain(int n, Random random) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditChain chain = AuditChain.empty(RING);
        for (int i = 1; i <= n; i++) {
            AuditEvent event = event(i);
            if (random.nextBoolean()) {
                event = event.withDetail("n", Integer.toString(random.nextInt(1000)));
            }
            AuditEntry entry = chain.link(event);
            entries.add(entry);
            chain = AuditChain.after(entry, RING);
        }
        return entries;
    }

    private static AuditEvent event(int i) {
        return AuditEvent.of("records.manager", "hold.placed", T0.plusSeconds(i), "record", "R-" + i);
    }
}
