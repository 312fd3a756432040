/** {@code /v1/audit}: reading and verifying the hash-chained audit log. */
package org.igkit.rest.audit;
