/**
 * The information governance report to the board for a quarter or a year (spec §8): request timeliness against
 * the ICO's bands, breaches, disposal, and the assurance registers, every figure with the ids of the records it
 * counts. Read-only over the registers' ports ({@link org.igkit.assurance.report.BoardReports}); the only module
 * part that reads the other contexts, through their read-side ports.
 */
package org.igkit.assurance.report;
