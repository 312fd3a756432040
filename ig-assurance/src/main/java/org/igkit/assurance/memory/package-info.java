/**
 * The in-memory adapters of the assurance ports, for embedders that need no database and for tests. Thread-safe; they
 * keep the same guarantees as any other adapter (the ig-testkit contract suites prove it). Hand them to {@code
 * AssuranceRegister} with {@link org.igkit.core.port.UnitOfWork#serialised()}.
 */
package org.igkit.assurance.memory;
