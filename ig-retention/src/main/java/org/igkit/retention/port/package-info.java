/**
 * What ig-retention needs from storage: {@link org.igkit.retention.port.ScheduleRepository},
 * {@link org.igkit.retention.port.RecordRepository}, {@link org.igkit.retention.port.LegalHoldRepository} and
 * {@link org.igkit.retention.port.DisposalBatchRepository}, bundled as {@link org.igkit.retention.port.RetentionPorts}.
 * Every adapter passes the contract suites in ig-testkit ({@code org.igkit.testkit.retention}).
 */
package org.igkit.retention.port;
