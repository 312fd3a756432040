/**
 * The runnable server: {@link org.igkit.rest.server.IgServer} (main class of {@code igkit-server.jar}), its
 * settings from MicroProfile Config, the Jersey application, and the composition root that chooses adapters.
 */
package org.igkit.rest.server;
