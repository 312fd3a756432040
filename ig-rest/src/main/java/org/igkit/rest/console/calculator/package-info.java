/**
 * The public deadline calculator at {@code /calculator}: a GET form whose address is a permalink of its inputs,
 * answered by the same deadline engine as {@code POST /v1/deadlines}.
 */
package org.igkit.rest.console.calculator;
