package org.igkit.core;

import java.util.regex.Pattern;

import org.igkit.core.error.ValidationException;

/**
 * The one rule for the ids a caller gives to anything igkit stores (records, holds, requests, breaches, assets,
 * disposal batches): 1 to {@value #MAX_LENGTH} letters, digits or {@code . _ : -}, starting with a letter or digit.
 * So an id is safe in a URL path segment, a file name, a log line and a spreadsheet cell (no NUL, no bidi
 * override, no {@code ../}, no leading {@code =}), and sorts the same in Java and in SQL (binary collation), which
 * keyset paging relies on. It is checked where an id is first given, not when a stored value is read back, so data
 * stored before the rule still loads.
 */
public final class IdRule {
    /** The longest id. */
    public static final int MAX_LENGTH = 64;
    /** What the rule says, for error messages. */
    public static final String DESCRIPTION = "must be 1 to " + MAX_LENGTH
            + " letters, digits or . _ : - starting with a letter or digit";
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0," + (MAX_LENGTH - 1) + "}");

    private IdRule() {
    }

    /** True when {@code id} follows the rule. */
    public static boolean allows(String id) {
        return id != null && ALLOWED.matcher(id).matches();
    }

    /** Adds a violation at {@code path} to {@code problems} unless {@code id} follows the rule. */
    public static void check(ValidationException.Collector problems, String path, String id) {
        problems.require(allows(id), path, DESCRIPTION, id);
    }

    /**
     * {@code id}, when it follows the rule.
     *
     * @throws ValidationException naming {@code path} otherwise
     */
    public static String require(String path, String id) {
        if (!allows(id)) {
            throw new ValidationException(path, DESCRIPTION, id);
        }
        return id;
    }
}
