/** {@code /health}: whether the server and its store answer. */
package org.igkit.rest.health;
