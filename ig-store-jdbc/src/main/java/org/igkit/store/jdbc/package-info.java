/**
 * What igkit's SQL stores (SQLite, PostgreSQL) share, so that an adapter is written once: {@link
 * org.igkit.store.jdbc.Transactions}, the read and write transactions each store's database runs (with its own
 * locking, retries and translation of driver failures into {@link org.igkit.core.error.IgException}), and {@link
 * org.igkit.store.jdbc.SqlDialect}, the few statements the two databases spell differently. On them stand the
 * adapters both stores hand out: {@link org.igkit.store.jdbc.JdbcAuditLog} and {@link
 * org.igkit.store.jdbc.JdbcLegalHoldRepository}. This is the stores' building material, not an embedder's API:
 * open a store and take the ports it hands out.
 */
package org.igkit.store.jdbc;
