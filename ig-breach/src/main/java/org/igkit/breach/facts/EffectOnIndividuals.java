package org.igkit.breach.facts;

/** The effect the breach has had or is having on the people whose data it is. */
public enum EffectOnIndividuals {
    /** None known. */
    NONE,
    /** Minor inconvenience or delay (EDPB 01/2021 Case 02: delayed orders). */
    MINOR,
    /** Significant effect (financial loss, distress, loss of access to a service people depend on). */
    SIGNIFICANT,
    /** Health or care affected (EDPB 01/2021 Case 03: operations cancelled; WP250 Annex B ex. viii). */
    HEALTH_OR_CARE
}
