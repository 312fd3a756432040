package org.igkit.assets;

/**
 * The body's role for the personal data in an asset, which decides the part of the RoPA it belongs to:
 * UK GDPR Art 30(1) for controllers (and joint controllers, Art 26), Art 30(2) for processors.
 */
public enum ProcessingRole {
    /** The body decides why and how the data is processed (Art 4(7)). */
    CONTROLLER,
    /** The body decides jointly with other controllers (Art 26); they are named in the asset's controllers. */
    JOINT_CONTROLLER,
    /** The body processes on behalf of the controllers named in the asset (Art 4(8), Art 28). */
    PROCESSOR
}
