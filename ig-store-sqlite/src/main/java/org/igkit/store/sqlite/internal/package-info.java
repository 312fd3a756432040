/**
 * The machinery under the SQLite adapters: connection pools and their pragmas, IMMEDIATE write transactions with a
 * bounded retry on {@code SQLITE_BUSY}, translation of driver exceptions into igkit's error family, ISO-8601
 * mapping of java.time values, and the Flyway migrations.
 *
 * <p><strong>Unsupported:</strong> public only so that the adapter packages of this module can share it. Its
 * types may change in any release; embedders use {@link org.igkit.store.sqlite.SqliteStore}.
 */
package org.igkit.store.sqlite.internal;
