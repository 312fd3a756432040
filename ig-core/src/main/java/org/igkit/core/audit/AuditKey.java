package org.igkit.core.audit;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

import org.igkit.core.error.ValidationException;

/**
 * A secret that seals audit entries and signs checkpoints (HMAC-SHA256). It is held outside the database (server
 * configuration, a secrets manager), so that someone who can write the database file cannot recompute the chain
 * after rewriting an entry. The id is stored with every entry it seals, so keys can be rotated: new entries are
 * sealed with the current key, older ones are checked with the retired key of their id.
 *
 * @param id     a short name, stored with each entry: 1 to 32 of {@code A-Z a-z 0-9 . _ -}
 * @param secret at least {@value #MIN_SECRET_BYTES} bytes of random data
 */
public record AuditKey(String id, byte[] secret) {
    /** 256 bits, the HMAC-SHA256 block-size guidance (RFC 2104 section 3: at least the hash output length). */
    public static final int MIN_SECRET_BYTES = 32;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public AuditKey {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException("id", "must be 1 to 32 of A-Z a-z 0-9 . _ -", id);
        }
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new ValidationException("secret", "must be at least " + MIN_SECRET_BYTES + " bytes",
                    secret == null ? null : secret.length + " bytes");
        }
        secret = secret.clone();
    }

    /** A key named {@code id} over {@code secret} (copied). */
    public static AuditKey of(String id, byte[] secret) {
        return new AuditKey(id, secret);
    }

    /**
     * A key from its configuration text {@code id:base64secret}, e.g. {@code 2026-12:q4Jp...}; the secret in
     * standard or URL-safe Base64. Errors never echo the secret.
     */
    public static AuditKey parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new ValidationException("auditKey", "must be id:base64secret", "(not shown)");
        }
        byte[] secret;
        try {
            String encoded = text.substring(colon + 1).strip();
            secret = encoded.indexOf('-') >= 0 || encoded.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(encoded) : Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("auditKey", "the secret after the colon is not Base64", "(not shown)");
        }
        return new AuditKey(text.substring(0, colon).strip(), secret);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditKey key && id.equals(key.id) && Arrays.equals(secret, key.secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The id only: a key's secret never reaches a log line. */
    @Override
    public String toString() {
        return "AuditKey[" + id + "]";
    }
}
