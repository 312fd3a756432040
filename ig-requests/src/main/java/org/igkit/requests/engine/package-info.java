/**
 * The deadline engine: applies a regime version to a request's timeline and answers with the due date, the
 * latest lawful date, the status as of a date and the explanation, plus the impact of a calendar change on
 * open requests.
 */
package org.igkit.requests.engine;
