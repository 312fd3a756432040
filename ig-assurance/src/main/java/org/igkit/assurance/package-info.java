/**
 * Information-governance assurance: the recurring work UK public bodies promise in their IG strategies.
 *
 * <p>Sub-packages by register: {@code policy} (policies, versions, reviews), {@code attestation} (staff confirming
 * they have read a policy version, and coverage), {@code training} (courses, completions and compliance),
 * {@code dpia} (screening and the DPIA register), {@code sharing} (information sharing agreements), {@code roles}
 * (SIRO, DPO, Caldicott Guardian, IAOs, Information Champions), {@code dspt} (the NHS Data Security and Protection
 * Toolkit's standards and evidence), {@code staff} (the people the registers count). Their ports are in
 * {@code port}, the in-memory adapters in {@code memory}, the application service in {@code register} and the bulk
 * CSV import in {@code csvimport}. This package holds what they share: {@link org.igkit.assurance.Proportion}, the
 * {@link org.igkit.assurance.DueState} of anything reviewed on a date, and the sources cited.
 */
package org.igkit.assurance;
