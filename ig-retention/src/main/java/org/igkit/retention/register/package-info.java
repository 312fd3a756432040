/**
 * The retention register: files records under schedule entries with their computed due date, records reviews,
 * and places and releases legal holds (one record, or every record of an entry at once), keeping the stored due
 * dates current and every change audited.
 */
package org.igkit.retention.register;
