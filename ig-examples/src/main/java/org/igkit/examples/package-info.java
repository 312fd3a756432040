/**
 * Small runnable programs showing each way of using igkit: embedding an engine in-process with your own storage
 * ({@link org.igkit.examples.hr}), computing statutory deadlines in a case system ({@link org.igkit.examples.casework})
 * and triaging a personal data breach ({@link org.igkit.examples.breach}). Each has a {@code main} that prints what a
 * user of that system would see; the module's tests run every one and check what it prints.
 */
package org.igkit.examples;
