/** Contract suites for the ports of ig-assets: the asset register's storage. */
package org.igkit.testkit.assets;
