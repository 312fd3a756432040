/** What the breach module needs from the outside world: somewhere to keep the breach log. Interfaces only. */
package org.igkit.breach.port;
