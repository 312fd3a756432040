package org.igkit.breach.facts;

/** A legal or contractual regime under which a breach may have to be reported. */
public enum Regime {
    /** UK GDPR Arts 33-34: controller to the Commissioner within 72 hours, high risk to data subjects. */
    UK_GDPR,
    /** Data Protection Act 2018 Part 3 (law enforcement processing), ss.67-68: mirrors Arts 33-34. */
    DPA_PART3,
    /** PECR reg 5A: a public electronic communications service provider; replaces the UK GDPR duty. */
    PECR,
    /** UK eIDAS Art 19(2): a trust service provider, 24 hours after awareness of a significant-impact breach. */
    UK_EIDAS,
    /** NIS Regulations 2018 reg 11: an operator of essential services, 72 hours after awareness of a NIS incident. */
    NIS,
    /** NHS Data Security and Protection Toolkit: health and care bodies report through the DSPT tool. */
    NHS_DSPT
}
