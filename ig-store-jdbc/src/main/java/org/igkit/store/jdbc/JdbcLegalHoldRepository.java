package org.igkit.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.port.LegalHoldRepository;
import org.jdbi.v3.core.Handle;

/**
 * The legal holds of both SQL stores, in {@code legal_hold}, never deleted; a bulk placement is one transaction, all
 * or nothing. A release reads the row with the dialect's row lock ({@code FOR UPDATE} in PostgreSQL) before it
 * checks it, so two servers releasing the same hold at once release it once.
 */
public final class JdbcLegalHoldRepository implements LegalHoldRepository {
    private static final String TYPE = "legal hold";
    private static final String COLUMNS = "id, record_id, reason, authority, placed_on, released_on, release_reason, "
            + "version";

    private final Transactions database;
    private final SqlDialect dialect;

    private JdbcLegalHoldRepository(Transactions database, SqlDialect dialect) {
        this.database = Objects.requireNonNull(database, "database");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** The legal holds in {@code database}'s {@code legal_hold} table. */
    public static JdbcLegalHoldRepository of(Transactions database, SqlDialect dialect) {
        return new JdbcLegalHoldRepository(database, dialect);
    }

    @Override
    public LegalHold place(LegalHold hold) {
        return placeAll(List.of(hold)).get(0);
    }

    @Override
    public List<LegalHold> placeAll(List<LegalHold> holds) {
        Objects.requireNonNull(holds, "holds");
        ValidationException.Collector problems = ValidationException.collector();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < holds.size(); i++) {
            LegalHold h = holds.get(i);
            if (h == null) {
                problems.add("holds[" + i + "]", "must not be null", null);
                continue;
            }
            problems.require(h.recordId() != null, "holds[" + i + "].recordId", "a stored hold is on a record", null);
            problems.require(h.version() == 0, "holds[" + i + "].version", "a new hold has version 0", h.version());
            problems.require(!h.isReleased(), "holds[" + i + "].releasedOn", "a new hold is not released",
                    h.releasedOn());
            problems.require(ids.add(h.id()), "holds[" + i + "].id", "appears twice", h.id());
        }
        problems.throwIfAny();
        if (holds.isEmpty()) {
            return List.of();
        }
        return database.write("placing " + holds.size() + " legal hold(s)", handle -> {
            var insert = handle.prepareBatch("INSERT INTO legal_hold (" + COLUMNS + ") VALUES "
                    + "(:id, :recordId, :reason, :authority, :placedOn, NULL, NULL, 1) ON CONFLICT (id) DO NOTHING");
            List<LegalHold> placed = new ArrayList<>();
            for (LegalHold h : holds) {
                insert.bind("id", h.id()).bind("recordId", h.recordId()).bind("reason", h.reason())
                        .bind("authority", h.authority()).bind("placedOn", h.placedOn()).add();
                placed.add(h.withVersion(1));
            }
            int[] counts = insert.execute();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    // rolls back the whole placement: all or none
                    throw ConflictException.alreadyExists(TYPE, holds.get(i).id());
                }
            }
            return placed;
        });
    }

    @Override
    public LegalHold release(String holdId, LocalDate releasedOn, String reason) {
        return database.write("releasing legal hold " + holdId, h -> {
            LegalHold stored = select(h, "WHERE id = :id" + dialect.lockingRowsRead(), holdId).stream().findFirst()
                    .orElseThrow(() -> new NotFoundException(TYPE, holdId));
            if (stored.isReleased()) {
                throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                        "legal hold '" + holdId + "' was already released on " + stored.releasedOn());
            }
            LegalHold released = stored.releasedOn(releasedOn, reason).withVersion(stored.version() + 1);
            h.createUpdate("UPDATE legal_hold SET released_on = :releasedOn, release_reason = :reason, "
                            + "version = :version WHERE id = :id AND version = :stored")
                    .bind("releasedOn", released.releasedOn()).bind("reason", released.releaseReason())
                    .bind("version", released.version()).bind("id", holdId).bind("stored", stored.version())
                    .execute();
            return released;
        });
    }

    @Override
    public Optional<LegalHold> find(String holdId) {
        return database.read("reading legal hold " + holdId,
                h -> select(h, "WHERE id = :id", holdId).stream().findFirst());
    }

    @Override
    public List<LegalHold> holdsOn(String recordId) {
        return database.read("reading the legal holds on record " + recordId,
                h -> select(h, "WHERE record_id = :id ORDER BY placed_on, id", recordId));
    }

    private List<LegalHold> select(Handle h, String where, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM legal_hold " + where).bind("id", id)
                .map((rs, ctx) -> hold(rs)).list();
    }

    private LegalHold hold(ResultSet rs) throws SQLException {
        return new LegalHold(rs.getString("id"), rs.getString("record_id"), rs.getString("reason"),
                rs.getString("authority"), dialect.date(rs, "placed_on"),
                dialect.date(rs, "released_on"), rs.getString("release_reason"),
                rs.getLong("version"));
    }
}
