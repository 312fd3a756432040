package org.igkit.assets;

/** The medium an information asset is held in. */
public enum AssetFormat {
    /** Held in a system or as electronic files. */
    ELECTRONIC,
    /** Held on paper. */
    PAPER,
    /** Partly electronic, partly paper. */
    HYBRID
}
