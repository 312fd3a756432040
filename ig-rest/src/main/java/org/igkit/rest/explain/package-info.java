/** Explanations and citations as JSON, shared by every calculator and register answer. */
package org.igkit.rest.explain;
