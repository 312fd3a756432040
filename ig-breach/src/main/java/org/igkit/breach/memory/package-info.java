/** In-memory adapters of the breach module's ports, for embedders, examples and tests. Thread-safe. */
package org.igkit.breach.memory;
