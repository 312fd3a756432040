/**
 * Contract suites of the ig-retention ports: {@link org.igkit.testkit.retention.ScheduleRepositoryContract},
 * {@link org.igkit.testkit.retention.RecordRepositoryContract} and
 * {@link org.igkit.testkit.retention.LegalHoldRepositoryContract}. An adapter's test extends each and returns a
 * fresh, empty repository.
 */
package org.igkit.testkit.retention;
