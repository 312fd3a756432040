package org.igkit.assurance.report;

/**
 * The policy log for the board: policies reviewed "in line with documented review dates" [ICO Accountability
 * Framework, review and approval].
 *
 * @param onLog              every policy on the log
 * @param overdueForReview   those whose review date had passed on the report date
 * @param dueForReviewInPeriod those whose review date falls in the period and had not passed on the report date
 * @param neverApproved        those with no approved version or review to date a review from
 */
public record PolicyFigures(Counted onLog, Counted overdueForReview, Counted dueForReviewInPeriod,
                            Counted neverApproved) {
}
