/**
 * The people the assurance registers count: a member of staff with a team, start date, probation end, leaving date,
 * long-term absences and roles. Attestation coverage and training compliance are computed over them.
 */
package org.igkit.assurance.staff;
