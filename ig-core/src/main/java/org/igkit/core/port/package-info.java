/** The ports of the shared kernel: what ig-core needs from the outside world (the audit log). */
package org.igkit.core.port;
