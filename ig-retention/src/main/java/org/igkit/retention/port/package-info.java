/**
 * What ig-retention needs from storage: {@link org.igkit.retention.port.ScheduleRepository},
 * {@link org.igkit.retention.port.RecordRepository} and {@link org.igkit.retention.port.LegalHoldRepository}.
 * Every adapter passes the contract suites in ig-testkit ({@code org.igkit.testkit.retention}).
 */
package org.igkit.retention.port;
