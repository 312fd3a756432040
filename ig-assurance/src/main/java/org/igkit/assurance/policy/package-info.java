/**
 * The policy register: each policy with its owner, approving body and review interval, its version history
 * (version, author, date, summary of changes, approvals, effective from) and its reviews. {@link
 * org.igkit.assurance.policy.PolicyReviewRule} says when the next review is due: the last approved review plus the
 * interval, brought forward to 30 days after a linked breach or legislative change (ICO Accountability Framework,
 * "Review and approval"; the 30 days are igkit's configurable default).
 */
package org.igkit.assurance.policy;
