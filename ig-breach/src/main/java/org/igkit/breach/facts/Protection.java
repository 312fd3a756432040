package org.igkit.breach.facts;

/** How the affected data was protected when the breach happened (EDPB breach template field 57). */
public enum Protection {
    /** No protection that makes the data unintelligible. */
    NONE,
    /** State-of-the-art encryption whose key was not compromised: the data is unintelligible (Art 34(3)(a)). */
    ENCRYPTED_KEY_SAFE,
    /** Encrypted, but the key was or may have been compromised. */
    ENCRYPTED_KEY_AT_RISK,
    /** Strong salted hashing whose salt and method were not compromised: unintelligible (EDPB 01/2021 Case 06). */
    HASHED_SALTED_STRONG,
    /** Pseudonymised: identifiable with additional information; not unintelligible. */
    PSEUDONYMISED;

    /** True when the protection renders the data unintelligible to anyone not authorised (Art 34(3)(a)). */
    public boolean isUnintelligible() {
        return this == ENCRYPTED_KEY_SAFE || this == HASHED_SALTED_STRONG;
    }
}
