/**
 * The contract suites of the assurance ports (ig-assurance's {@code org.igkit.assurance.port}). Extend the suite of
 * each port an adapter implements and return a fresh, empty repository from {@code newRepository()}. The versioned
 * repositories share {@link org.igkit.testkit.assurance.VersionedRepositoryContract}'s tests (optimistic versions, id
 * order, keyset paging, a round trip of every field); attestations and completions share {@link
 * org.igkit.testkit.assurance.FactRepositoryContract}'s (append-only, duplicates skipped, key order).
 */
package org.igkit.testkit.assurance;
