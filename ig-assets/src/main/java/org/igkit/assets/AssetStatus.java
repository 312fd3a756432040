package org.igkit.assets;

/** Whether an asset is still held and used. Retired assets stay in the register for accountability. */
public enum AssetStatus {
    /** In use. */
    ACTIVE,
    /** No longer in use; kept on the register as a record of what was held. */
    RETIRED
}
