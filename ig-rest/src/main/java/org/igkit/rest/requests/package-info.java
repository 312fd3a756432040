/** {@code /v1/requests}: the register of information requests (FOI, EIR, subject access, ...) over HTTP. */
package org.igkit.rest.requests;
