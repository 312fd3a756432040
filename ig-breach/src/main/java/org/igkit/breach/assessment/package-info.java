/**
 * The assessment of a breach: risk tier by rules R0-R4 (with the override), the decisions to notify the Commissioner
 * and to communicate to data subjects (with the Art 34(3) exemptions), the NHS DSPT overlay, PECR, UK eIDAS and NIS,
 * the notification deadlines on the instant line, lateness, the Art 33(3) checklist and the report payload. The entry
 * point is {@link org.igkit.breach.assessment.BreachAssessor}; what stays configurable is in
 * {@link org.igkit.breach.assessment.AssessmentPolicy}. The engine's parts are package-private: one object per tier
 * rule applied in order by {@code TierRules} (their public ids are {@link org.igkit.breach.assessment.RiskRule}), the
 * notification duties as a table per regime ({@code NotificationDuties}), and a class each for the Commissioner
 * decision, the data-subject duty, lateness, the checklist and the report form.
 */
package org.igkit.breach.assessment;
