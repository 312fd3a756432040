/**
 * The breach register service: logs every breach with its assessment, re-assesses as facts change (keeping the
 * earlier assessments), records notifications, reasons, actions and lessons through the
 * {@link org.igkit.breach.port.BreachRepository} port, and computes the statistics an IG board asks for.
 */
package org.igkit.breach.register;
