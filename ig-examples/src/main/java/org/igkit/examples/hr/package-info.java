/**
 * An HR system embedding the retention engine with its own storage: {@link org.igkit.examples.hr.HrRetentionStore}
 * implements the four retention ports over the HR system's own tables (here plain maps behind one lock, as a stand-in
 * for whatever the vendor already has), and {@link org.igkit.examples.hr.HrRetentionExample} files leavers' records
 * under the sample council schedule, places a legal hold and runs a disposal batch to its certificate. The module's
 * tests run ig-testkit's retention contract suites against the store, which is how a vendor proves an adapter.
 */
package org.igkit.examples.hr;
