package org.igkit.core.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * The keys an audit log seals with and checks against: at most one current key, which seals new entries and signs
 * checkpoints, and any number of retired keys, which only check what they sealed before a rotation. An empty ring
 * keeps today's unkeyed SHA-256 chain (tamper-evident only against someone who cannot recompute hashes).
 */
public final class AuditKeyring {
    private static final AuditKeyring NONE = new AuditKeyring(null, Map.of());

    private final AuditKey current;
    private final Map<String, AuditKey> byId;

    private AuditKeyring(AuditKey current, Map<String, AuditKey> byId) {
        this.current = current;
        this.byId = byId;
    }

    /** No key: entries are chained with plain SHA-256. */
    public static AuditKeyring none() {
        return NONE;
    }

    /** {@code current} seals from now on; {@code retired} keys still check the entries they sealed. */
    public static AuditKeyring of(AuditKey current, AuditKey... retired) {
        Objects.requireNonNull(current, "current");
        Map<String, AuditKey> byId = new LinkedHashMap<>();
        byId.put(current.id(), current);
        for (AuditKey key : retired) {
            AuditKey clash = byId.putIfAbsent(Objects.requireNonNull(key, "retired key").id(), key);
            if (clash != null && !clash.equals(key)) {
                throw new ValidationException("retiredKeys", "two different keys share the id '" + key.id() + "'",
                        key.id());
            }
        }
        return new AuditKeyring(current, Map.copyOf(byId));
    }

    /** The key new entries are sealed with, if any. */
    public Optional<AuditKey> current() {
        return Optional.ofNullable(current);
    }

    /** The key with {@code id}, current or retired. */
    public Optional<AuditKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True when new entries are sealed with a key. */
    public boolean isKeyed() {
        return current != null;
    }

    @Override
    public String toString() {
        return "AuditKeyring" + byId.keySet() + (current == null ? "" : ", current " + current.id());
    }
}
