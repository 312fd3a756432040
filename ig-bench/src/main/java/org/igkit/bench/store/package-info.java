/**
 * Speed figures of the SQLite store, run by hand (not JMH: each figure is one large operation):
 * {@link org.igkit.bench.store.StoreSpeed}. The lead records the figures in docs/performance.md.
 */
package org.igkit.bench.store;
