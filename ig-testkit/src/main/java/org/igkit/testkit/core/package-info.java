/** Contract suites for the ports of ig-core: the audit log, and a store's unit of work; a forwarding audit log for tests. */
package org.igkit.testkit.core;
