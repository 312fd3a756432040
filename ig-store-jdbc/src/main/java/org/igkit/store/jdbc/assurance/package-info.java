/**
 * The assurance registers' adapters both SQL stores hand out ({@link
 * org.igkit.store.jdbc.assurance.JdbcAssuranceRepositories}), on {@link org.igkit.store.jdbc.DocumentTable} and
 * {@link org.igkit.store.jdbc.FactTable}. Stores' building material, not an embedder's API.
 */
package org.igkit.store.jdbc.assurance;
