/**
 * The deadline engine: applies a regime version to a request's timeline and answers with the due date, the
 * latest lawful date, the status as of a date and the explanation, plus the impact of a calendar change on
 * open requests. Inside, {@code DeadlineEngine} composes package-private parts: the {@code Timeline} read from
 * the events, one counter per unit returning a {@code Count}, the {@code StatusRule} and the {@code Wording}.
 */
package org.igkit.requests.engine;
