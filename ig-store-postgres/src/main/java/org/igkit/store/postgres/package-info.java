/**
 * igkit's persistence ports on PostgreSQL 14+: open a {@link org.igkit.store.postgres.PostgresStore} and take the
 * adapters it hands out. Several servers may share one database: the audit chain and optimistic locking hold
 * across processes (docs/persistence.md).
 */
package org.igkit.store.postgres;
