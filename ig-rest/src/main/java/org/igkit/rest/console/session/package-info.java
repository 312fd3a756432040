/**
 * Signing in to the console: a configured API key (the server's {@code ig.auth.keys}) exchanged once for a session
 * held in a cookie, with a CSRF token for every form, an idle timeout on the server's clock, and signing out. The
 * key's roles are the session's, so the REST API's role rules apply to pages.
 */
package org.igkit.rest.console.session;
