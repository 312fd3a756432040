package org.igkit.rest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

/**
 * One configured key: the SHA-256 digest of its secret (the secret itself is not kept) and its roles. Keys are
 * compared by digest with {@link MessageDigest#isEqual}, in time that does not depend on where they differ.
 *
 * @param digest SHA-256 of the secret's UTF-8 bytes
 * @param roles  what the key may do, never empty
 */
public record ApiKey(byte[] digest, Set<Role> roles) {
    public ApiKey {
        digest = digest.clone();
        roles = Set.copyOf(roles);
    }

    /** The key with secret {@code secret} and {@code roles}. */
    public static ApiKey of(String secret, Set<Role> roles) {
        return new ApiKey(sha256(secret), roles);
    }

    /** True when {@code presentedDigest} is this key's digest; constant time. */
    public boolean matches(byte[] presentedDigest) {
        return MessageDigest.isEqual(digest, presentedDigest);
    }

    /** A name for logs and the audit log that does not reveal the secret: {@code key-} and 8 hex digits. */
    public String fingerprint() {
        return "key-" + HexFormat.of().formatHex(digest, 0, 4);
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey k && MessageDigest.isEqual(digest, k.digest) && roles.equals(k.roles);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(digest) + roles.hashCode();
    }

    @Override
    public String toString() {
        return fingerprint() + roles;
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }
}
