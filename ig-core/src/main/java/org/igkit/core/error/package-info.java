/**
 * The one error hierarchy of igkit: {@link org.igkit.core.error.IgException} and its subclasses. Adapters map
 * them to their protocol (HTTP 422, 404, 409); no adapter exception ever crosses a port.
 */
package org.igkit.core.error;
