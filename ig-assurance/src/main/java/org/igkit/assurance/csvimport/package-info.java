/**
 * Bulk CSV import of staff, training completions and attestations (a council has thousands of staff). The file is
 * read a record at a time with ig-core's {@link org.igkit.core.csv.CsvReader}; every row is checked, and every fault
 * is reported with its line and column (up to {@value org.igkit.assurance.csvimport.CsvColumns#MAX_VIOLATIONS}). A
 * file with any fault writes nothing; a clean file is written as one batch in one unit of work, with one audit entry:
 * all rows or none.
 */
package org.igkit.assurance.csvimport;
