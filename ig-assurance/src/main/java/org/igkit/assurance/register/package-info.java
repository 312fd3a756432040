/**
 * The application service of the assurance context, and the only way to change its state: {@link
 * org.igkit.assurance.register.AssuranceRegister} hands out one small register per concern (policies, attestations,
 * training, DPIAs, sharing agreements, roles, DSPT). Each change is validated, checked against the caller's version,
 * saved and audited in one {@link org.igkit.core.port.UnitOfWork}, with the same action names whoever calls it (the
 * {@code *_ACTION} constants). Reads compute the rules over the stored registers as of a day.
 */
package org.igkit.assurance.register;
