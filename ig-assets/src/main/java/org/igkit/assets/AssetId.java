package org.igkit.assets;

import java.util.regex.Pattern;

import org.igkit.core.error.ValidationException;

/**
 * The register's identifier of an information asset, e.g. {@code HR-001}. Letters, digits and {@code . _ : -},
 * starting with a letter or digit, at most 64 characters: so that ids sort the same way in Java and in SQL
 * (binary collation), which keyset paging relies on.
 *
 * @param value the identifier
 */
public record AssetId(String value) implements Comparable<AssetId> {
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public AssetId {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new ValidationException("id", "must be 1 to 64 letters, digits or . _ : - starting with a letter "
                    + "or digit", value);
        }
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
