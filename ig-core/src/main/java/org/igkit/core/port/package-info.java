/** The ports of the shared kernel: what ig-core needs from the outside world (the audit log, the unit of work). */
package org.igkit.core.port;
