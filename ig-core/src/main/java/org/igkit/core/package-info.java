/**
 * The igkit shared kernel: values every engine speaks ({@link org.igkit.core.Nation}, explanations, errors,
 * paging, the audit log). JDK only. The Information Asset Register is in ig-assets ({@code org.igkit.assets}).
 */
package org.igkit.core;
