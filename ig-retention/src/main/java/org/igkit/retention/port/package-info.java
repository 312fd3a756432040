/**
 * What ig-retention needs from storage: {@link org.igkit.retention.port.ScheduleRepository},
 * {@link org.igkit.retention.port.RecordRepository}, {@link org.igkit.retention.port.LegalHoldRepository},
 * {@link org.igkit.retention.port.DisposalBatchRepository}, and {@link org.igkit.retention.port.RecordImporter} for
 * bulk-adding records, bundled as {@link org.igkit.retention.port.RetentionPorts}.
 * Every adapter passes the contract suites in ig-testkit ({@code org.igkit.testkit.retention}).
 */
package org.igkit.retention.port;
