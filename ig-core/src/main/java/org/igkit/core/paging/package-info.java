/** Paging for list queries on ports: keyset cursors, bounded page sizes. */
package org.igkit.core.paging;
