package org.igkit.retention.disposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Proof of disposal: the records disposed of (each with the rule, citations and action applied), those withheld,
 * the approver and executor with their times, and a SHA-256 digest of the disposed list so that the list can be
 * checked later ({@link #isIntact()}).
 *
 * @param batchId    the batch executed
 * @param disposed   the records disposed of, ordered by record id
 * @param withheld   the candidates not disposed of, with reasons
 * @param approvedBy who approved the batch
 * @param approvedAt when
 * @param executedBy who executed it
 * @param executedAt when (the latest disposal of the batch)
 * @param digest     hex SHA-256 of the batch id and the disposed list, see {@link #digestOf(String, List)}
 */
public record DisposalCertificate(String batchId, List<CertifiedDisposal> disposed, List<WithheldDisposal> withheld,
                                  String approvedBy, Instant approvedAt, String executedBy, Instant executedAt,
                                  String digest) {
    public DisposalCertificate {
        Objects.requireNonNull(batchId, "batchId");
        disposed = disposed.stream().sorted(Comparator.comparing(d -> d.candidate().recordId())).toList();
        withheld = List.copyOf(withheld);
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        Objects.requireNonNull(executedBy, "executedBy");
        Objects.requireNonNull(executedAt, "executedAt");
        Objects.requireNonNull(digest, "digest");
    }

    /**
     * The digest of a disposed list: SHA-256 over "batchId\n" then, per record in record-id order, one line of
     * record id, entry reference, action, due date and rule text separated by tabs, UTF-8, as lower-case hex.
     */
    public static String digestOf(String batchId, List<CertifiedDisposal> disposed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((batchId + "\n").getBytes(StandardCharsets.UTF_8));
            disposed.stream().map(CertifiedDisposal::candidate).sorted(Comparator.comparing(DisposalCandidate::recordId))
                    .forEach(c -> sha.update(c.digestLine().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** True when the digest matches the disposed list. */
    public boolean isIntact() {
        return digest.equals(digestOf(batchId, disposed));
    }
}
