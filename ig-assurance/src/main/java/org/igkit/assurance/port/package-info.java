/**
 * The ports of the assurance registers: what ig-assurance needs from the outside world (its storage). One repository
 * per aggregate; adapters pass the matching contract suite in ig-testkit ({@code org.igkit.testkit.assurance}).
 *
 * <p>Versioned aggregates (policies, staff, courses, DPIAs, sharing agreements, role appointments, DSPT assessments)
 * follow one rule: {@code save} stores a copy whose version equals the stored one (0 for a new id) and returns it at
 * version + 1; version 0 under an existing id is {@code ALREADY_EXISTS}, another stale version {@code
 * VERSION_MISMATCH}, an unknown id at a version above 0 {@code NotFoundException}. Lists are in ascending id order,
 * paged by the last id read. Facts (attestations, completions) are appended, never changed, identified by their
 * {@code key()}; adding one already held is a no-op.
 */
package org.igkit.assurance.port;
