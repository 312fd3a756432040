package org.igkit.retention.rule;

import java.util.Set;
import java.util.regex.Pattern;

import org.igkit.core.error.ValidationException;

/** What a fact may be called: an identifier that is not a word of the rule shorthand. */
final class FactNames {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final Set<String> RESERVED = Set.of("permanent", "later", "earlier", "if", "ageAt", "present", "flag",
            "not", "all", "any", "CY", "CFY", "CAY", "TY", "EOM", "EOQ", "YEAR");

    private FactNames() {
    }

    static void require(String name, String path) {
        if (name == null) {
            throw new ValidationException(path, "a fact name is required", null);
        }
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new ValidationException(path, "a fact name is a letter or _ followed by letters, digits or _", name);
        }
        if (RESERVED.contains(name)) {
            throw new ValidationException(path, "is a word of the rule shorthand and cannot name a fact", name);
        }
    }

    static boolean isValid(String name) {
        return name != null && IDENTIFIER.matcher(name).matches() && !RESERVED.contains(name);
    }
}
