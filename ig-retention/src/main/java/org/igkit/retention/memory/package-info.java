/**
 * In-memory adapters of the retention ports: thread-safe, for embedders, examples and tests. Each passes its
 * contract suite in ig-testkit.
 */
package org.igkit.retention.memory;
