package org.igkit.assurance.report;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One figure of the board report and the ids of the records behind it, so that every number a board reads can be
 * checked against the registers it was counted from.
 *
 * @param count how many records the figure counts ({@code ids.size()})
 * @param ids   the ids of those records, sorted, each once
 */
public record Counted(int count, List<String> ids) {
    public Counted {
        ids = List.copyOf(ids);
        if (count != ids.size()) {
            throw new IllegalArgumentException("count " + count + " is not the number of ids " + ids.size());
        }
    }

    /** The figure counting {@code ids} (duplicates counted once). */
    public static Counted of(Collection<String> ids) {
        Objects.requireNonNull(ids, "ids");
        List<String> sorted = ids.stream().distinct().sorted().toList();
        return new Counted(sorted.size(), sorted);
    }

    /** A figure counting nothing. */
    public static Counted none() {
        return new Counted(0, List.of());
    }
}
