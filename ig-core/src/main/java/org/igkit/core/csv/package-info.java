/**
 * The one RFC 4180 reader every CSV import uses (schedules, record imports, the RoPA round trip), so that every
 * format error names its line and column the same way.
 */
package org.igkit.core.csv;
