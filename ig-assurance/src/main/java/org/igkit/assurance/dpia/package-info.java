/**
 * Data protection impact assessments (UK GDPR Art 35, 36): the deterministic screening rule over the Art 35(3)
 * cases, the ICO's Art 35(4) list and the WP248 criteria (spec §1.5), the DPIA register with its lifecycle
 * (screened, in progress, DPO advice recorded, prior consultation, approved, review due), and the warning for an
 * asset whose processing screens as requiring a DPIA with none approved.
 */
package org.igkit.assurance.dpia;
