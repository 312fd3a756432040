package org.igkit.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bytes an entry's hash and a checkpoint's signature are computed over, and the two functions: SHA-256 for the
 * unkeyed chain, HMAC-SHA256 for the sealed one. Every field is length-prefixed, so no two different inputs share
 * a byte string.
 */
final class ChainHash {
    private static final String HMAC = "HmacSHA256";

    private ChainHash() {
    }

    /** SHA-256 over an entry's content. */
    static String unkeyed(long sequence, String previousHash, AuditEvent event) {
        MessageDigest sha = sha256();
        feedEntry(sha::update, sequence, previousHash, event);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** HMAC-SHA256 with {@code key} over an entry's content and the key's id. */
    static String sealed(AuditKey key, long sequence, String previousHash, AuditEvent event) {
        Mac mac = hmac(key);
        feedEntry(mac::update, sequence, previousHash, event);
        feed(mac::update, key.id());
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** HMAC-SHA256 with {@code key} over a checkpoint's fields. */
    static String checkpoint(AuditKey key, long sequence, String headHash, Instant headOccurredAt) {
        Mac mac = hmac(key);
        feed(mac::update, "checkpoint");
        feed(mac::update, Long.toString(sequence));
        feed(mac::update, headHash);
        feed(mac::update, headOccurredAt.toString());
        feed(mac::update, key.id());
        return HexFormat.of().formatHex(mac.doFinal());
    }

    /** Compares two hex strings in time independent of where they differ. */
    static boolean sameHex(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private static void feedEntry(Consumer<byte[]> sink, long sequence, String previousHash, AuditEvent event) {
        feed(sink, Long.toString(sequence));
        feed(sink, previousHash);
        feed(sink, event.actor());
        feed(sink, event.action());
        feed(sink, event.occurredAt().toString());
        feed(sink, event.subjectType());
        feed(sink, event.subjectId());
        for (Map.Entry<String, String> detail : event.details().entrySet()) {
            feed(sink, detail.getKey());
            feed(sink, detail.getValue());
        }
    }

    private static void feed(Consumer<byte[]> sink, String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        sink.accept((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sink.accept(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    private static Mac hmac(AuditKey key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key.secret(), HMAC));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java platform must support HmacSHA256", e);
        }
    }
}
