/**
 * The signed-in console's pages: the dashboard and the breach assessment. Each checks its session and role through
 * {@link org.igkit.rest.console.session.SessionGate} and calls the same services and engines as the REST resources.
 */
package org.igkit.rest.console.pages;
