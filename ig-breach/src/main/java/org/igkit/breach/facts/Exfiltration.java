package org.igkit.breach.facts;

/** Whether the data left the controller's control (EDPB breach template field 56). */
public enum Exfiltration {
    /** Exfiltrated or disclosed, with evidence. */
    CONFIRMED,
    /** Possibly exfiltrated or disclosed; no evidence either way. */
    POSSIBLE,
    /** Not exfiltrated, with reasonable evidence (for example logs). */
    EXCLUDED_BY_EVIDENCE;

    /** True when exfiltration is confirmed or cannot be excluded. */
    public boolean isPossible() {
        return this != EXCLUDED_BY_EVIDENCE;
    }
}
