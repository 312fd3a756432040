/**
 * In-memory adapters of the ig-core ports, for embedders that need no database and for tests. They are
 * thread-safe and keep the same guarantees as any other adapter (the ig-testkit contract suites prove it).
 */
package org.igkit.core.memory;
