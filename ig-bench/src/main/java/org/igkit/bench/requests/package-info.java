/**
 * Benchmarks of the ig-requests deadline engine: the O(1) working-day index against day-by-day loops over the
 * same calendar, and fully explained answers per second.
 */
package org.igkit.bench.requests;
