/**
 * Explanations: the ordered, cited steps behind every answer an igkit engine gives, so that an auditor can
 * check the answer rather than trust it.
 */
package org.igkit.core.explain;
