/** The ports of the shared kernel and the asset register: what ig-core needs from the outside world. */
package org.igkit.core.port;
