/**
 * A case-management system computing FOI, EIR and subject access deadlines with the deadline engine and the request
 * register: {@link org.igkit.examples.casework.CaseworkDeadlinesExample}.
 */
package org.igkit.examples.casework;
