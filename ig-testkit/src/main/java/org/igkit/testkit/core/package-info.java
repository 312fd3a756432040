/** Contract suites for the ports of ig-core: the audit log and the asset register. */
package org.igkit.testkit.core;
