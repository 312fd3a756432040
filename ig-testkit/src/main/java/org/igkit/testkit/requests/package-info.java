/** Contract suites of the ig-requests ports: extend one to prove an adapter behaves as the domain expects. */
package org.igkit.testkit.requests;
