package org.igkit.breach.facts;

/** How the controller became aware of the breach (WP250 §II.A.2). */
public enum AwarenessSource {
    /** The controller's own detection. */
    OWN_DETECTION,
    /** A processor informed the controller (Art 33(2)). */
    PROCESSOR,
    /** A third party reported it. */
    THIRD_PARTY,
    /** A data subject reported it. */
    DATA_SUBJECT,
    /** The media reported it. */
    MEDIA
}
