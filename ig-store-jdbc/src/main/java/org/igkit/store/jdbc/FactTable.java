package org.igkit.store.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * A table of facts that are only ever added (attestations, training completions): one row per fact under its
 * natural key, the fact as a JSON document beside the two ids its lists select on. Adding a fact already held
 * writes nothing, so an import run twice adds nothing the second time. Lists are in key order, the cursor the last
 * key read.
 *
 * @param <T> the fact
 */
public final class FactTable<T> {
    private final Transactions database;
    private final SqlDialect dialect;
    private final String table;
    private final String type;
    private final String firstColumn;
    private final String secondColumn;
    private final Function<T, String> keyOf;
    private final Function<T, String> firstOf;
    private final Function<T, String> secondOf;
    private final Function<T, String> toDocument;
    private final Function<String, T> fromDocument;

    /**
     * A table named {@code table} with columns {@code key}, {@code document}, {@code firstColumn} and
     * {@code secondColumn} (say {@code staff_id} and {@code policy_id}), read from a fact by the functions given.
     */
    public FactTable(Transactions database, SqlDialect dialect, String table, String type, Function<T, String> keyOf,
                     String firstColumn, Function<T, String> firstOf, String secondColumn,
                     Function<T, String> secondOf, Function<T, String> toDocument, Function<String, T> fromDocument) {
        this.database = Objects.requireNonNull(database, "database");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.table = table;
        this.type = type;
        this.keyOf = keyOf;
        this.firstColumn = firstColumn;
        this.firstOf = firstOf;
        this.secondColumn = secondColumn;
        this.secondOf = secondOf;
        this.toDocument = toDocument;
        this.fromDocument = fromDocument;
    }

    /** Adds {@code fact}; false, and nothing written, when one with its key is held. */
    public boolean add(T fact) {
        Objects.requireNonNull(fact, type);
        return database.write("adding " + type + " " + keyOf.apply(fact), h -> insert(h, fact));
    }

    /** Adds every fact of {@code batch} in one transaction; how many were new. */
    public int addAll(List<T> batch) {
        Objects.requireNonNull(batch, "batch");
        batch.forEach(f -> Objects.requireNonNull(f, type));
        return database.write("adding " + batch.size() + " " + type + " records", h -> {
            int added = 0;
            for (T fact : batch) {
                added += insert(h, fact) ? 1 : 0;
            }
            return added;
        });
    }

    /** The facts {@code column} = {@code value} selects (null: all), in key order, paged. */
    public Page<T> list(String column, String value, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Optional<String> after = page.findAfterCursor();
        List<T> rows = database.read("listing " + type + " records", h -> {
            Query select = h.createQuery("SELECT document FROM " + table + " WHERE "
                    + (column == null ? "1 = 1" : checked(column) + " = :value")
                    + (after.isPresent() ? " AND fact_key > :after" : "") + " ORDER BY fact_key LIMIT :limit");
            if (column != null) {
                select.bind("value", value);
            }
            after.ifPresent(a -> select.bind("after", a));
            return select.bind("limit", page.limit() + 1).map((rs, ctx) -> fromDocument.apply(rs.getString(1))).list();
        });
        return Page.of(rows, page.limit(), keyOf);
    }

    /** Every fact {@code column} = {@code value} selects, in key order. */
    public List<T> all(String column, String value) {
        return Page.all(p -> list(column, value, p)).toList();
    }

    private boolean insert(Handle h, T fact) {
        return h.createUpdate(dialect.insertUnlessPresent(table, "fact_key, " + firstColumn + ", " + secondColumn
                        + ", document", "(:key, :first, :second, :document)"))
                .bind("key", keyOf.apply(fact))
                .bind("first", firstOf.apply(fact))
                .bind("second", secondOf.apply(fact))
                .bind("document", toDocument.apply(fact))
                .execute() == 1;
    }

    private String checked(String column) {
        if (!column.equals(firstColumn) && !column.equals(secondColumn)) {
            throw new IllegalArgumentException("no column " + column + " in " + table);
        }
        return column;
    }
}
