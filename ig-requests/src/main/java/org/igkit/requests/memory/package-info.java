/** In-memory adapters of the ig-requests ports, for embedders, examples and tests. Thread-safe. */
package org.igkit.requests.memory;
