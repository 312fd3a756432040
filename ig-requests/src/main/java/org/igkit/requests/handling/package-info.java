/**
 * Handling requests in the register: receiving, recording events, closing, keeping the stored due date in
 * step with the deadline engine, and reporting timeliness. Uses the ports; the ports do not know it.
 */
package org.igkit.requests.handling;
