package org.igkit.assurance.dpia;

/**
 * Where a DPIA is in its lifecycle (ICO, How do we do a DPIA?, steps 1 to 7; UK GDPR Art 35(2), 36, 35(11)):
 * {@code SCREENED -> IN_PROGRESS -> DPO_ADVICE_RECORDED -> [PRIOR_CONSULTATION ->] APPROVED -> REVIEW_DUE ->
 * IN_PROGRESS}. Any other move is refused.
 */
public enum DpiaStage {
    /** Screened (step 1); a NOT_REQUIRED screening may stay here as the record. */
    SCREENED,
    /** Being described, consulted on and assessed (steps 2 to 6). */
    IN_PROGRESS,
    /** The DPO's advice is recorded (Art 35(2)). */
    DPO_ADVICE_RECORDED,
    /** High risk remains: the Commissioner is being consulted (Art 36). */
    PRIOR_CONSULTATION,
    /** Signed off (step 7). */
    APPROVED,
    /** To be reviewed: the date has come, or the processing, its risk or the technology changed (Art 35(11)). */
    REVIEW_DUE
}
