package org.igkit.assets;

/** Where an information flow goes: inside the body, or to another organisation. */
public enum FlowDestination {
    /** Another system or team of the same body. */
    INTERNAL_SYSTEM,
    /** Another organisation (a partner, a regulator, a processor). */
    EXTERNAL_ORGANISATION
}
