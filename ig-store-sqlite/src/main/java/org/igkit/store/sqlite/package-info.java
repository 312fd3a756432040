/**
 * The SQLite reference store: one entry point, {@link org.igkit.store.sqlite.SqliteStore}, opens a database file
 * (or a caller's {@code DataSource}), migrates it, and hands out an adapter for every persistence port of igkit:
 * the audit log, the asset register, information requests, the breach log, retention schedules, retained records
 * (with bulk import) and legal holds. The adapters themselves are package-private; docs/persistence.md describes
 * the schema and how to put the ports on another database.
 */
package org.igkit.store.sqlite;
