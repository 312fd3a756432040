/**
 * The in-memory adapter of the asset register's port, for embedders that need no database and for tests. It is
 * thread-safe and keeps the same guarantees as any other adapter (the ig-testkit contract suite proves it).
 */
package org.igkit.assets.memory;
