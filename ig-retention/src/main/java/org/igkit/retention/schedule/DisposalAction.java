package org.igkit.retention.schedule;

/** What happens to a record when its retention period ends. */
public enum DisposalAction {
    /** Destroy (delete or recycle). */
    DESTROY,
    /** Destroy securely (shred, certified deletion): personal or confidential information. */
    SECURE_DESTROY,
    /** A person decides: the record is appraised and a {@code Review} records the outcome. */
    REVIEW,
    /** Offer to the local or national archives, who may decline. */
    OFFER_TO_ARCHIVES,
    /** Transfer to the archives. */
    TRANSFER_TO_ARCHIVES,
    /** Transfer to another body (e.g. a pupil's record to the next school). */
    TRANSFER,
    /** Keep for ever. */
    RETAIN_PERMANENTLY;

    /** True for the actions that destroy the record, which a pending disposal authority forbids. */
    public boolean isDestruction() {
        return this == DESTROY || this == SECURE_DESTROY;
    }
}
