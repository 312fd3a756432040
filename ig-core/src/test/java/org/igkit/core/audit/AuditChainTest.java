package org.igkit.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void theFirstEntryLinksToTheGenesisHash() {
        AuditEntry first = AuditChain.empty().link(event(1));
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
        assertThat(first.hash()).hasSize(64).isNotEqualTo(AuditChain.GENESIS_HASH);
    }

    @Test
    void theHashIsStableForTheSameContentAndChangesWithAnyField() {
        AuditEvent e = event(1).withDetail("batch", "B-1");
        String hash = AuditChain.hashOf(1, AuditChain.GENESIS_HASH, e);

        assertThat(AuditChain.hashOf(1, AuditChain.GENESIS_HASH, event(1).withDetail("batch", "B-1"))).isEqualTo(hash);
        assertThat(AuditChain.hashOf(1, AuditChain.GENESIS_HASH, e.withDetail("batch", "B-2"))).isNotEqualTo(hash);
        assertThat(AuditChain.hashOf(2, AuditChain.GENESIS_HASH, e)).isNotEqualTo(hash);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
        AuditEvent a = AuditEvent.of("ab", "c", T0, "record", "1");
        AuditEvent b = AuditEvent.of("a", "bc", T0, "record", "1");
        assertThat(AuditChain.hashOf(1, AuditChain.GENESIS_HASH, a)).isNotEqualTo(AuditChain.hashOf(1, AuditChain.GENESIS_HASH, b));
    }

    @Test
    void anIntactChainVerifies() {
        assertThat(AuditChain.verify(chainOf(5))).isEqualTo(ChainVerification.intact(5));
    }

    @Test
    void anEditedEntryIsFound() {
        List<AuditEntry> entries = chainOf(5);
        AuditEntry third = entries.get(2);
        entries.set(2, new AuditEntry(3, third.event().withDetail("approver", "mallory"), third.previousHash(), third.hash()));

        ChainVerification result = AuditChain.verify(entries);
        assertThat(result.isIntact()).isFalse();
        assertThat(result.firstBrokenAt()).isEqualTo(3L);
        assertThat(result.problem()).contains("altered");
    }

    @Test
    void aRemovedEntryIsFound() {
        List<AuditEntry> entries = chainOf(5);
        entries.remove(1);

        ChainVerification result = AuditChain.verify(entries);
        assertThat(result.firstBrokenAt()).isEqualTo(2L);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void aRemovedLastEntryCannotBeSeenFromTheChainAlone() {
        // Truncation at the tail leaves a valid shorter chain; stores guard it by refusing DELETE (SQLite triggers)
        // and callers who need more keep the last hash elsewhere (an anchor), which verify() does not know.
        List<AuditEntry> entries = chainOf(5);
        entries.remove(4);
        assertThat(AuditChain.verify(entries).isIntact()).isTrue();
    }

    private static List<AuditEntry> chainOf(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditChain chain = AuditChain.empty();
        for (int i = 1; i <= n; i++) {
            AuditEntry entry = chain.link(event(i));
            entries.add(entry);
            chain = AuditChain.after(entry);
        }
        return entries;
    }

    private static AuditEvent event(int i) {
        return AuditEvent.of("records.manager", "hold.placed", T0.plusSeconds(i), "record", "R-" + i);
    }
}
