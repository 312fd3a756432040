/** Personal-data breach assessment, notification decisions and deadlines, and the breach log. */
package org.igkit.breach;
