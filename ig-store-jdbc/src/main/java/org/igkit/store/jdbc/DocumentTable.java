package org.igkit.store.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.igkit.core.IdRule;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * A table keeping one entity per row as a JSON document read whole, beside its id, its optimistic-locking version
 * and the few columns its lists filter and order on (dates, a status, a foreign id), written from the entity on
 * every save. Lists are keyset pages ordered by id, the last id read the cursor, so each is an index range scan.
 * The SQL is what SQLite and PostgreSQL both accept: dates are bound as {@link LocalDate}s, which the SQLite store
 * writes as ISO-8601 text and PostgreSQL as {@code DATE}.
 *
 * @param <T> the entity
 */
public final class DocumentTable<T> {
    private final Transactions database;
    private final SqlDialect dialect;
    private final String table;
    private final String type;
    private final Function<T, String> idOf;
    private final ToLongFunction<T> versionOf;
    private final BiFunction<T, Long, T> withVersion;
    private final Function<T, String> toDocument;
    private final Function<String, T> fromDocument;
    private final Map<String, Function<T, Object>> columns;
    private final BiConsumer<Handle, T> afterSave;

    private DocumentTable(Builder<T> builder) {
        this.database = builder.database;
        this.dialect = builder.dialect;
        this.table = builder.table;
        this.type = builder.type;
        this.idOf = builder.idOf;
        this.versionOf = builder.versionOf;
        this.withVersion = builder.withVersion;
        this.toDocument = builder.toDocument;
        this.fromDocument = builder.fromDocument;
        this.columns = new LinkedHashMap<>(builder.columns);
        this.afterSave = builder.afterSave;
    }

    /**
     * A table named {@code table} of entities called {@code type} in messages ("policy"), with columns {@code id},
     * {@code document} and {@code version} and those {@link Builder#column added}.
     */
    public static <T> Builder<T> builder(Transactions database, SqlDialect dialect, String table, String type) {
        return new Builder<>(database, dialect, table, type);
    }

    /**
     * Stores {@code entity} under the rule of {@link Versions#check} and returns the stored copy, one version up.
     *
     * @throws org.igkit.core.error.ConflictException when the version is not the stored one, or version 0 is
     *                                                saved under an id that exists
     * @throws NotFoundException                      when a version above 0 is saved under an id not stored
     */
    public T save(T entity) {
        Objects.requireNonNull(entity, type);
        return database.write("saving " + type + " " + idOf.apply(entity), h -> saveOn(h, entity));
    }

    /**
     * As {@link #save}, in the write transaction {@code h} is open in: for saves that must succeed or fail
     * together (a batch, all or none).
     */
    public T saveOn(Handle h, T entity) {
        Objects.requireNonNull(entity, type);
        String id = idOf.apply(entity);
        Optional<Long> stored = h.createQuery("SELECT version FROM " + table + " WHERE id = :id"
                + dialect.lockingRowsRead()).bind("id", id).mapTo(Long.class).findOne();
        if (stored.isEmpty() && versionOf.applyAsLong(entity) != 0) {
            throw new NotFoundException(type, id);
        }
        Versions.check(type, id, versionOf.applyAsLong(entity), stored);
        T saved = withVersion.apply(entity, versionOf.applyAsLong(entity) + 1);
        List<String> names = new ArrayList<>(List.of("id", "document", "version"));
        names.addAll(columns.keySet());
        String updates = names.stream().filter(n -> !n.equals("id")).map(n -> n + " = excluded." + n)
                .collect(Collectors.joining(", "));
        Update upsert = h.createUpdate("INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(n -> ":" + n).collect(Collectors.joining(", ")) + ") ON CONFLICT (id) DO "
                + "UPDATE SET " + updates)
                .bind("id", id)
                .bind("document", toDocument.apply(saved))
                .bind("version", versionOf.applyAsLong(saved));
        columns.forEach((name, value) -> bindColumn(upsert, name, value.apply(saved)));
        upsert.execute();
        afterSave.accept(h, saved);
        return saved;
    }

    /** The entity stored under {@code id}, if any. */
    public Optional<T> find(String id) {
        Objects.requireNonNull(id, "id");
        return database.read("reading " + type + " " + id, h -> h.createQuery("SELECT document, version FROM "
                        + table + " WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> withVersion.apply(fromDocument.apply(rs.getString("document")), rs.getLong("version")))
                .findOne());
    }

    /**
     * The rows {@code where} selects (SQL over the columns, {@code "1 = 1"} for all), ordered by id and paged
     * with the last id as the cursor; {@code arguments} are bound by name.
     */
    public Page<T> listById(String where, Map<String, Object> arguments, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Optional<String> after = page.findAfterCursor();
        // the cursor is the last id read: text that could be no id was not handed out by this table
        if (after.isPresent() && !IdRule.allows(after.get())) {
            throw new ValidationException("after", "must be a cursor returned by a previous page", after.get());
        }
        List<T> rows = database.read("listing " + type + " records", h -> {
            Query select = h.createQuery("SELECT document, version FROM " + table + " WHERE (" + where + ")"
                    + (after.isPresent() ? " AND id > :afterId" : "") + " ORDER BY id LIMIT :limit");
            arguments.forEach((name, value) -> bindArgument(select, name, value));
            after.ifPresent(a -> select.bind("afterId", a));
            return select.bind("limit", page.limit() + 1)
                    .map((rs, ctx) -> withVersion.apply(fromDocument.apply(rs.getString("document")),
                            rs.getLong("version"))).list();
        });
        return Page.of(rows, page.limit(), idOf);
    }

    private static void bindColumn(Update update, String name, Object value) {
        if (value == null) {
            update.bindByType(name, null, String.class);
        } else if (value instanceof LocalDate date) {
            update.bindByType(name, date, LocalDate.class);
        } else if (value instanceof Boolean flag) {
            update.bind(name, flag ? 1 : 0);
        } else {
            update.bind(name, value.toString());
        }
    }

    private static void bindArgument(Query query, String name, Object value) {
        if (value instanceof LocalDate date) {
            query.bindByType(name, date, LocalDate.class);
        } else if (value instanceof Boolean flag) {
            query.bind(name, flag ? 1 : 0);
        } else {
            query.bind(name, value == null ? null : value.toString());
        }
    }

    /** Describes a {@link DocumentTable}; not thread-safe, use it once. */
    public static final class Builder<T> {
        private final Transactions database;
        private final SqlDialect dialect;
        private final String table;
        private final String type;
        private Function<T, String> idOf;
        private ToLongFunction<T> versionOf;
        private BiFunction<T, Long, T> withVersion;
        private Function<T, String> toDocument;
        private Function<String, T> fromDocument;
        private final Map<String, Function<T, Object>> columns = new LinkedHashMap<>();
        private BiConsumer<Handle, T> afterSave = (h, saved) -> { };

        private Builder(Transactions database, SqlDialect dialect, String table, String type) {
            this.database = Objects.requireNonNull(database, "database");
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            this.table = Objects.requireNonNull(table, "table");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** How to read an entity's id and version, and copy it at another version. */
        public Builder<T> identity(Function<T, String> id, ToLongFunction<T> version, BiFunction<T, Long, T> atVersion) {
            this.idOf = id;
            this.versionOf = version;
            this.withVersion = atVersion;
            return this;
        }

        /** How to write an entity to its document and read it back (the version is kept in its own column). */
        public Builder<T> document(Function<T, String> write, Function<String, T> read) {
            this.toDocument = write;
            this.fromDocument = read;
            return this;
        }

        /**
         * A column written from the entity on every save: a {@link LocalDate}, a boolean (0 or 1), text (any other
         * value, by its {@code toString}) or null.
         */
        public Builder<T> column(String name, Function<T, Object> value) {
            columns.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Work done in the save's transaction after the row is written, e.g. rewriting a side table of the ids an
         * entity holds so that "which entities hold X" is an index look-up.
         */
        public Builder<T> afterSave(BiConsumer<Handle, T> work) {
            this.afterSave = Objects.requireNonNull(work, "work");
            return this;
        }

        /** The table. */
        public DocumentTable<T> build() {
            Objects.requireNonNull(idOf, "identity");
            Objects.requireNonNull(toDocument, "document");
            return new DocumentTable<>(this);
        }
    }
}
