/** The port of the asset register: what ig-assets needs from the outside world (its storage). */
package org.igkit.assets.port;
