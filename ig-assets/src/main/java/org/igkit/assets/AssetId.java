package org.igkit.assets;

import org.igkit.core.IdRule;

/**
 * The register's identifier of an information asset, e.g. {@code HR-001}, under igkit's one {@link IdRule}
 * (letters, digits and {@code . _ : -}, starting with a letter or digit, at most 64 characters).
 *
 * @param value the identifier
 */
public record AssetId(String value) implements Comparable<AssetId> {
    public AssetId {
        // the path is the value itself: whoever holds an AssetId names the field (an asset's "id")
        IdRule.require("", value);
    }

    /** The id {@code value}. */
    public static AssetId of(String value) {
        return new AssetId(value);
    }

    @Override
    public int compareTo(AssetId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
