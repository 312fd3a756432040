/**
 * What a caller says and learns about a bulk import: its options (import id, batch size, a progress listener)
 * and its report. Imports are batched, each batch in one transaction, idempotent (a row already stored is not
 * added again) and resumable (a rerun under the same import id skips the batches already committed).
 */
package org.igkit.store.sqlite.importing;
