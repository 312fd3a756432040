/**
 * The request register: the {@link org.igkit.requests.register.InformationRequest} aggregate, its values, and
 * the timeliness statistics councils report against their FOI and SAR targets.
 */
package org.igkit.requests.register;
