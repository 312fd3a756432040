/** The SQLite reference store: one entry point, {@code SqliteStore}, hands out an adapter for every port. */
package org.igkit.store.sqlite;
