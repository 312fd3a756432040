/**
 * NHS Data Security and Protection Toolkit (DSPT) evidence: the framework's standards or outcomes as data (the 10
 * National Data Guardian standards ship in {@code ndg-10-standards.csv}, each row naming its source; a CAF-aligned
 * outcome list loads from a caller's file of the same shape), the self-assessment with each outcome's status, owner and
 * evidence, the improvement plan, the sign-offs, and the publication status and deadline (spec §3).
 */
package org.igkit.assurance.dspt;
