/** Contract suites for the ports of ig-core: the audit log. */
package org.igkit.testkit.core;
