/**
 * A data protection officer triaging a personal data breach with the breach assessor:
 * {@link org.igkit.examples.breach.BreachTriageExample}.
 */
package org.igkit.examples.breach;
