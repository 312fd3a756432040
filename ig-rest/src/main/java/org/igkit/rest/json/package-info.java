/** The API's JSON mapping (Jackson): ISO-8601 java.time, unknown fields refused, bounded input. */
package org.igkit.rest.json;
