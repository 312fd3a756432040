/**
 * The facts of a personal-data breach as the data protection officer knows them: when the controller became aware,
 * the regimes that apply, what was lost and how, the ENISA component scores, the NHS DSPT grade and an optional
 * human override. Every value rejects bad input with a {@link org.igkit.core.error.ValidationException} naming
 * the field.
 */
package org.igkit.breach.facts;
