/**
 * The breach log (UK GDPR Art 33(5), DPA 2018 s.67(6)): every breach is recorded, reported or not, with each
 * assessment over time, the notifications made, the reasons for not notifying or for delay, the actions taken and
 * the lessons learned. {@link org.igkit.breach.log.BreachRecord} is the stored aggregate.
 */
package org.igkit.breach.log;
