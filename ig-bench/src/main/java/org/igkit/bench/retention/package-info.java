/**
 * Benchmarks of ig-retention: rule evaluations per second on a mix of the sample schedules' rules, and a
 * 10-million-record stream evaluated in constant heap.
 */
package org.igkit.bench.retention;
