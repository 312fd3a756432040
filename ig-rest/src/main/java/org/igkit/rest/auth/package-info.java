/**
 * API-key authentication and role checks: keys from {@code ig.auth.keys} sent as {@code Authorization: Bearer},
 * compared in constant time, and the annotations that say what each resource method needs.
 */
package org.igkit.rest.auth;
