/**
 * A school's assurance year with the assurance registers over the in-memory ports:
 * {@link org.igkit.examples.assurance.SchoolYearExample}.
 */
package org.igkit.examples.assurance;
