/**
 * RFC 9457 {@code application/problem+json} for every error, and the exception mappers that produce it from
 * ig-core's errors, Jackson's, Jersey's and (as a 500 with a correlation id) anything unexpected.
 */
package org.igkit.rest.problem;
