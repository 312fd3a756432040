package org.igkit.breach.assessment;

import java.util.Objects;

/**
 * One thing the report to the Commissioner must contain, and whether the facts provide it yet.
 *
 * @param item      what, e.g. "approximate number of data subjects"
 * @param provision where the law asks for it, e.g. "UK GDPR Art 33(3)(a)"
 * @param provided  true when the facts provide it
 */
public record ChecklistItem(String item, String provision, boolean provided) {
    public ChecklistItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(provision, "provision");
    }

    /** True when the facts do not provide it yet. */
    public boolean isMissing() {
        return !provided;
    }
}
