package org.igkit.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.igkit.core.Nation;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.requests.port.RequestRepository;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.RequesterCategory;
import org.igkit.store.sqlite.internal.Database;
import org.igkit.store.jdbc.DateIdCursor;
import org.igkit.store.jdbc.Versions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The request register in {@code information_request} and {@code information_request_event}. Each list is one
 * range scan of the index built for it, in that index's order, with the order's key as the cursor.
 */
final class SqliteRequestRepository implements RequestRepository {
    private static final String TYPE = "information request";
    private static final String COLUMNS = "id, regime, nation, reference, requester_category, received, "
            + "school_calendar_id, due_date, closed_on, outcome, version";

    private final Database database;

    SqliteRequestRepository(Database database) {
        this.database = database;
    }

    @Override
    public InformationRequest save(InformationRequest request) {
        Objects.requireNonNull(request, "request");
        return database.write("saving information request " + request.id(), h -> {
            Optional<Long> stored = h.createQuery("SELECT version FROM information_request WHERE id = :id")
                    .bind("id", request.id()).mapTo(Long.class).findOne();
            Versions.check(TYPE, request.id(), request.version(), stored);
            InformationRequest saved = request.withVersion(request.version() + 1);
            h.createUpdate("DELETE FROM information_request_event WHERE request_id = :id").bind("id", saved.id())
                    .execute();
            h.createUpdate("INSERT INTO information_request (" + COLUMNS + ") VALUES (:id, :regime, :nation, "
                            + ":reference, :requesterCategory, :received, :schoolCalendarId, :dueDate, :closedOn, "
                            + ":outcome, :version) ON CONFLICT (id) DO UPDATE SET regime = excluded.regime, "
                            + "nation = excluded.nation, reference = excluded.reference, "
                            + "requester_category = excluded.requester_category, received = excluded.received, "
                            + "school_calendar_id = excluded.school_calendar_id, due_date = excluded.due_date, "
                            + "closed_on = excluded.closed_on, outcome = excluded.outcome, version = excluded.version")
                    .bind("id", saved.id())
                    .bind("regime", saved.regime().name())
                    .bind("nation", saved.nation().name())
                    .bind("reference", saved.reference())
                    .bind("requesterCategory", saved.requesterCategory().name())
                    .bind("received", saved.received())
                    .bind("schoolCalendarId", saved.schoolCalendarId())
                    .bindByType("dueDate", saved.dueDate(), LocalDate.class)
                    .bindByType("closedOn", saved.closedOn(), LocalDate.class)
                    .bind("outcome", saved.outcome() == null ? null : saved.outcome().name())
                    .bind("version", saved.version())
                    .execute();
            if (!saved.events().isEmpty()) {
                var events = h.prepareBatch("INSERT INTO information_request_event (request_id, position, type, date) "
                        + "VALUES (:id, :position, :type, :date)");
                for (int i = 0; i < saved.events().size(); i++) {
                    RequestEvent e = saved.events().get(i);
                    events.bind("id", saved.id()).bind("position", i).bind("type", e.type().name())
                            .bind("date", e.date()).add();
                }
                events.execute();
            }
            return saved;
        });
    }

    @Override
    public Optional<InformationRequest> find(String id) {
        return database.read("reading information request " + id, h -> assemble(h,
                h.createQuery("SELECT " + COLUMNS + " FROM information_request WHERE id = :id").bind("id", id))
                .stream().findFirst());
    }

    @Override
    public Page<InformationRequest> listOpen(PageRequest page) {
        String after = page.afterCursor();
        List<InformationRequest> rest = database.read("listing open information requests", h -> {
            Query select = h.createQuery("SELECT " + COLUMNS + " FROM information_request WHERE closed_on IS NULL"
                    + (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
                    .bind("limit", page.limit() + 1);
            if (after != null) {
                select.bind("after", after);
            }
            return assemble(h, select);
        });
        return Page.of(rest, page.limit(), InformationRequest::id);
    }

    @Override
    public Page<InformationRequest> listDueOnOrBefore(LocalDate date, PageRequest page) {
        Objects.requireNonNull(date, "date");
        return listByDate("due_date", "closed_on IS NULL AND due_date IS NOT NULL AND due_date <= :to",
                Map.of("to", date), page, InformationRequest::dueDate, "listing information requests due by " + date);
    }

    @Override
    public Page<InformationRequest> listReceivedBetween(LocalDate fromInclusive, LocalDate toInclusive,
                                                        PageRequest page) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        return listByDate("received", "received >= :from AND received <= :to",
                Map.of("from", fromInclusive, "to", toInclusive), page, InformationRequest::received,
                "listing information requests received from " + fromInclusive + " to " + toInclusive);
    }

    @Override
    public Page<InformationRequest> listClosedBetween(LocalDate fromInclusive, LocalDate toInclusive,
                                                      PageRequest page) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        return listByDate("closed_on", "closed_on IS NOT NULL AND closed_on >= :from AND closed_on <= :to",
                Map.of("from", fromInclusive, "to", toInclusive), page, InformationRequest::closedOn,
                "listing information requests closed from " + fromInclusive + " to " + toInclusive);
    }

    /** A page of the requests matching {@code where}, ordered by {@code dateColumn} then id. */
    private Page<InformationRequest> listByDate(String dateColumn, String where, Map<String, LocalDate> dates,
                                                PageRequest page, Function<InformationRequest, LocalDate> dateOf,
                                                String doing) {
        Optional<DateIdCursor> after = page.findAfterCursor().map(DateIdCursor::parse);
        List<InformationRequest> rest = database.read(doing, h -> {
            Query select = h.createQuery("SELECT " + COLUMNS + " FROM information_request WHERE " + where
                    + (after.isPresent() ? " AND (" + dateColumn + ", id) > (:afterDate, :afterId)" : "")
                    + " ORDER BY " + dateColumn + ", id LIMIT :limit")
                    .bind("limit", page.limit() + 1);
            dates.forEach(select::bind);
            after.ifPresent(c -> select.bind("afterDate", c.date()).bind("afterId", c.id()));
            return assemble(h, select);
        });
        return Page.of(rest, page.limit(), r -> DateIdCursor.of(dateOf.apply(r), r.id()));
    }

    /** Reads the request rows {@code select} returns with their events, in the select's order. */
    private static List<InformationRequest> assemble(Handle h, Query select) {
        List<RequestRow> rows = select.map((rs, ctx) -> RequestRow.read(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<RequestEvent>> events = new HashMap<>();
        h.createQuery("SELECT request_id, type, date FROM information_request_event WHERE request_id IN (<ids>) "
                        + "ORDER BY request_id, position")
                .bindList("ids", rows.stream().map(RequestRow::id).toList())
                .map((rs, ctx) -> events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new RequestEvent(EventType.valueOf(rs.getString(2)), LocalDate.parse(rs.getString(3)))))
                .list();
        return rows.stream().map(r -> r.toRequest(events.getOrDefault(r.id(), List.of()))).toList();
    }

    /** One request row before its events are attached. */
    private record RequestRow(String id, String regime, String nation, String reference, String requesterCategory,
                              String received, String schoolCalendarId, String dueDate, String closedOn,
                              String outcome, long version) {

        static RequestRow read(ResultSet rs) throws SQLException {
            return new RequestRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getLong(11));
        }

        InformationRequest toRequest(List<RequestEvent> events) {
            return new InformationRequest(id, RegimeId.valueOf(regime), Nation.valueOf(nation), reference,
                    RequesterCategory.valueOf(requesterCategory), LocalDate.parse(received), events, schoolCalendarId,
                    dueDate == null ? null : LocalDate.parse(dueDate), closedOn == null ? null : LocalDate.parse(closedOn),
                    outcome == null ? null : Outcome.valueOf(outcome), version);
        }
    }
}
