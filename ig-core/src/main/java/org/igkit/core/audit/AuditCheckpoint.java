package org.igkit.core.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.igkit.core.error.ValidationException;

/**
 * A signed statement that the log held {@code sequence} entries ending in {@code headHash}. Someone who can write
 * the database but does not hold the key can neither forge one nor move one, so cutting entries off the end, or
 * rewriting the chain behind a checkpoint, shows. A copy kept elsewhere (exported as {@link #toText()}) also
 * catches deletion of the whole log together with its checkpoints.
 *
 * @param sequence        the number of entries vouched for (the head's sequence)
 * @param headHash        the hash of entry {@code sequence}
 * @param headOccurredAt  when the head entry's event occurred (no clock of the adapter's own is needed)
 * @param keyId           the key that signed
 * @param signature       HMAC-SHA256, lower-case hex, over the four fields above
 */
public record AuditCheckpoint(long sequence, String headHash, Instant headOccurredAt, String keyId,
                              String signature) {
    private static final String FORMAT = "igkit-audit-checkpoint/1";
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public AuditCheckpoint {
        if (sequence < 1) {
            throw new ValidationException("sequence", "must be at least 1", sequence);
        }
        require(headHash, "headHash");
        Objects.requireNonNull(headOccurredAt, "headOccurredAt");
        Objects.requireNonNull(keyId, "keyId");
        require(signature, "signature");
    }

    /** The checkpoint {@code key} signs for {@code head}, the last entry of the log. */
    public static AuditCheckpoint sign(AuditKey key, AuditEntry head) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(head, "head");
        return new AuditCheckpoint(head.sequence(), head.hash(), head.event().occurredAt(), key.id(),
                ChainHash.checkpoint(key, head.sequence(), head.hash(), head.event().occurredAt()));
    }

    /** True when a key of {@code keyring} with this checkpoint's id made its signature. */
    public boolean isSignedUnder(AuditKeyring keyring) {
        return keyring.find(keyId)
                .map(key -> ChainHash.sameHex(signature, ChainHash.checkpoint(key, sequence, headHash, headOccurredAt)))
                .orElse(false);
    }

    /** One line to keep elsewhere and give back to {@link #parse(String)}. */
    public String toText() {
        return FORMAT + " sequence=" + sequence + " head=" + headHash + " at=" + headOccurredAt + " key=" + keyId
                + " signature=" + signature;
    }

    /** A checkpoint from {@link #toText()}'s line. */
    public static AuditCheckpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] words = text.strip().split(" ");
        if (words.length != 6 || !words[0].equals(FORMAT)) {
            throw new ValidationException("checkpoint", "must be a line written by igkit: '" + FORMAT
                    + " sequence=.. head=.. at=.. key=.. signature=..'", abbreviated(text));
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq < 1) {
                throw new ValidationException("checkpoint", "field " + i + " is not name=value", abbreviated(text));
            }
            fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
        }
        try {
            return new AuditCheckpoint(Long.parseLong(field(fields, "sequence", text)), field(fields, "head", text),
                    Instant.parse(field(fields, "at", text)), field(fields, "key", text),
                    field(fields, "signature", text));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ValidationException("checkpoint", "sequence must be a number and at an ISO-8601 instant",
                    abbreviated(text));
        }
    }

    private static String field(Map<String, String> fields, String name, String text) {
        String value = fields.get(name);
        if (value == null) {
            throw new ValidationException("checkpoint", "has no " + name + "=", abbreviated(text));
        }
        return value;
    }

    private static void require(String hex, String field) {
        if (hex == null || !HEX64.matcher(hex).matches()) {
            throw new ValidationException(field, "must be 64 lower-case hex digits", hex);
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
