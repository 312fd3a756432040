/** UK statutory request deadlines: calendars, regimes, the deadline engine and the request register. */
package org.igkit.requests;
