/**
 * igkit's one JSON mapping (Jackson): java.time as ISO-8601 text, unknown fields refused, bounded input, and the
 * mix-ins that map the domain values without annotating them (the domain modules import no Jackson). Every adapter
 * that reads or writes JSON takes its mapper from here: HTTP bodies ({@link org.igkit.json.JsonMapping}), the
 * stores' document columns ({@link org.igkit.json.StoredDocuments}) and the register exports.
 */
package org.igkit.json;
