/**
 * The roles register (spec §6): who holds SIRO, DPO and Caldicott Guardian, the Information Asset Owner of each asset
 * and the Information Champion of each service, with dates; and the checks: a required role unfilled, a DPO who is
 * also SIRO, an asset with no IAO or whose IAO has left.
 */
package org.igkit.assurance.roles;
