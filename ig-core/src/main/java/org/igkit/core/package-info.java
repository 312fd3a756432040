/**
 * The igkit shared kernel: values every engine speaks ({@link org.igkit.core.Nation}, explanations, errors,
 * paging, the audit log) and the Information Asset Register. JDK only.
 */
package org.igkit.core;
