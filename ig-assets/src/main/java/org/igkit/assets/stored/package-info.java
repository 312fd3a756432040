/**
 * The Information Asset Register as the relational stores keep it, independent of any SQL dialect: one row of
 * single-valued fields in plain text ({@link org.igkit.assets.stored.AssetRow}), the multi-valued fields as named
 * lists of text, transfers and flows from their column texts, and the register's cursor. The SQLite and PostgreSQL
 * stores both map through it, so an asset reads back the same whichever store wrote it; their SQL stays their own.
 */
package org.igkit.assets.stored;
