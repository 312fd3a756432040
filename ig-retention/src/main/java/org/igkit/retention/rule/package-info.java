/**
 * Retention rules as data: a small immutable expression tree over the named date facts of a record
 * ({@link org.igkit.retention.rule.RetentionRule}), three-valued conditions, the organisation's year settings
 * ({@link org.igkit.retention.rule.RetentionCalendar}), the canonical shorthand
 * ({@link org.igkit.retention.rule.RuleText}) and the evaluation of a rule against a record's facts.
 */
package org.igkit.retention.rule;
