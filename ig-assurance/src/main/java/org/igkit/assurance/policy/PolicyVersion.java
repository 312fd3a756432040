package org.igkit.assurance.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * One row of a policy's version table (S4's: version, author, date, summary of changes), with its approvals and
 * the date it takes effect. A review that changes nothing still makes a row ("No changes made").
 *
 * @param version           the version label, e.g. "1.8"; versions are ordered by date, never by parsing this
 * @param author            who wrote it
 * @param date              the date of the version
 * @param summaryOfChanges  what changed, e.g. "No changes made"
 * @param approvals         who approved it; empty while a draft
 * @param effectiveFrom     when it takes effect
 * @param reattestRequired  true when staff must attest to this version again (a major change)
 */
public record PolicyVersion(String version, String author, LocalDate date, String summaryOfChanges,
        List<Approval> approvals, LocalDate effectiveFrom, boolean reattestRequired) {

    public PolicyVersion {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(version != null && !version.isBlank(), "version", "must not be blank", version);
        problems.require(author != null && !author.isBlank(), "author", "must not be blank", author);
        problems.require(date != null, "date", "is required", null);
        problems.require(summaryOfChanges != null && !summaryOfChanges.isBlank(), "summaryOfChanges",
                "must not be blank (write \"No changes made\" for a review without changes)", summaryOfChanges);
        problems.require(effectiveFrom != null, "effectiveFrom", "is required", null);
        approvals = List.copyOf(approvals == null ? List.of() : approvals);
        problems.throwIfAny();
    }

    /** An approved version effective from its last approval. */
    public static PolicyVersion approved(String version, String author, LocalDate date, String summaryOfChanges,
            List<Approval> approvals, boolean reattestRequired) {
        LocalDate effective = approvals.stream().map(Approval::on).max(Comparator.naturalOrder()).orElse(date);
        return new PolicyVersion(version, author, date, summaryOfChanges, approvals, effective, reattestRequired);
    }

    /** True when at least one approval is recorded. */
    public boolean isApproved() {
        return !approvals.isEmpty();
    }

    /** The date of the last approval, if approved. */
    public Optional<LocalDate> findApprovedOn() {
        return approvals.stream().map(Approval::on).max(Comparator.naturalOrder());
    }

    /** True when approved and in effect on {@code date}. */
    public boolean isInEffectOn(LocalDate date) {
        return isApproved() && !effectiveFrom.isAfter(date);
    }
}
