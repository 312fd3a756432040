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

import org.igkit.core.explain.Citation;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.AuthorityStatus;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;
import org.igkit.store.sqlite.internal.Database;
import org.igkit.store.jdbc.Versions;
import org.jdbi.v3.core.Handle;

/**
 * Retention schedules in {@code retention_schedule}, its entries (every version, in the schedule's order) and
 * their citations. A rule is stored in {@link RuleText}'s form and parsed back.
 */
final class SqliteScheduleRepository implements ScheduleRepository {
    private static final String TYPE = "schedule";

    private final Database database;

    SqliteScheduleRepository(Database database) {
        this.database = database;
    }

    @Override
    public Schedule save(Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return database.write("saving schedule " + schedule.id(), h -> {
            Optional<Long> stored = h.createQuery("SELECT version FROM retention_schedule WHERE id = :id")
                    .bind("id", schedule.id()).mapTo(Long.class).findOne();
            Versions.check(TYPE, schedule.id(), schedule.version(), stored);
            Schedule saved = schedule.withVersion(schedule.version() + 1);
            h.createUpdate("DELETE FROM retention_schedule_citation WHERE schedule_id = :id")
                    .bind("id", schedule.id()).execute();
            h.createUpdate("DELETE FROM retention_schedule_entry WHERE schedule_id = :id")
                    .bind("id", schedule.id()).execute();
            h.createUpdate("INSERT INTO retention_schedule (id, title, source, version) VALUES (:id, :title, :source, "
                            + ":version) ON CONFLICT (id) DO UPDATE SET title = excluded.title, source = excluded.source, "
                            + "version = excluded.version")
                    .bind("id", saved.id()).bind("title", saved.title()).bind("source", saved.source())
                    .bind("version", saved.version())
                    .execute();
            var entries = h.prepareBatch("INSERT INTO retention_schedule_entry (schedule_id, position, entry_id, "
                    + "class_ref, title, rule, action, source_wording, effective_from, effective_to, authority, verified) "
                    + "VALUES (:scheduleId, :position, :entryId, :classRef, :title, :rule, :action, :sourceWording, "
                    + ":effectiveFrom, :effectiveTo, :authority, :verified)");
            var citations = h.prepareBatch("INSERT INTO retention_schedule_citation (schedule_id, entry_position, "
                    + "position, instrument, provision, url, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
            for (int i = 0; i < saved.entries().size(); i++) {
                ScheduleEntry e = saved.entries().get(i);
                entries.bind("scheduleId", saved.id()).bind("position", i).bind("entryId", e.id())
                        .bind("classRef", e.classRef()).bind("title", e.title()).bind("rule", RuleText.print(e.rule()))
                        .bind("action", e.action().name()).bind("sourceWording", e.sourceWording())
                        .bind("effectiveFrom", e.effectiveFrom())
                        .bindByType("effectiveTo", e.effectiveTo(), LocalDate.class)
                        .bind("authority", e.authority().name()).bind("verified", e.verified() ? 1 : 0)
                        .add();
                for (int c = 0; c < e.citations().size(); c++) {
                    Citation citation = e.citations().get(c);
                    citations.add(saved.id(), i, c, citation.instrument(), citation.provision(), citation.url(),
                            citation.note());
                }
            }
            if (entries.size() > 0) {
                entries.execute();
            }
            if (citations.size() > 0) {
                citations.execute();
            }
            return saved;
        });
    }

    @Override
    public Optional<Schedule> find(String scheduleId) {
        return database.read("reading schedule " + scheduleId, h -> schedules(h,
                "SELECT id, title, source, version FROM retention_schedule WHERE id = :id", Map.of("id", scheduleId))
                .stream().findFirst());
    }

    @Override
    public Page<Schedule> list(PageRequest page) {
        String after = page.afterCursor();
        List<Schedule> rest = database.read("listing schedules", h -> after == null
                ? schedules(h, "SELECT id, title, source, version FROM retention_schedule ORDER BY id LIMIT :limit",
                Map.of("limit", page.limit() + 1))
                : schedules(h, "SELECT id, title, source, version FROM retention_schedule WHERE id > :after "
                + "ORDER BY id LIMIT :limit", Map.of("after", after, "limit", page.limit() + 1)));
        return Page.of(rest, page.limit(), Schedule::id);
    }

    @Override
    public Optional<ScheduleEntry> findEntry(EntryRef ref, LocalDate date) {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(date, "date");
        return database.read("reading entry " + ref, h -> {
            // the few versions of one entry, read by index; which one is in effect is the domain's rule
            List<ScheduleEntry> versions = entries(h, "WHERE e.schedule_id = :scheduleId AND e.entry_id = :entryId",
                    Map.of("scheduleId", ref.scheduleId(), "entryId", ref.entryId()))
                    .getOrDefault(ref.scheduleId(), List.of());
            return versions.stream().filter(e -> e.isEffectiveOn(date)).findFirst();
        });
    }

    private static List<Schedule> schedules(Handle h, String sql, Map<String, Object> arguments) {
        List<ScheduleRow> rows = h.createQuery(sql).bindMap(arguments)
                .map((rs, ctx) -> new ScheduleRow(rs.getString("id"), rs.getString("title"), rs.getString("source"),
                        rs.getLong("version")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ScheduleEntry>> entries = entries(h, "WHERE e.schedule_id IN (<ids>)",
                Map.of("ids", rows.stream().map(ScheduleRow::id).toList()));
        return rows.stream().map(r -> new Schedule(r.id, r.title, r.source, entries.getOrDefault(r.id, List.of()),
                r.version)).toList();
    }

    /** Entries (with their citations) matching {@code where}, by schedule id, in each schedule's order. */
    private static Map<String, List<ScheduleEntry>> entries(Handle h, String where, Map<String, Object> arguments) {
        Map<String, List<Citation>> citations = new HashMap<>();
        var citationQuery = h.createQuery("SELECT c.schedule_id, c.entry_position, c.instrument, c.provision, c.url, "
                + "c.note FROM retention_schedule_citation c JOIN retention_schedule_entry e "
                + "ON e.schedule_id = c.schedule_id AND e.position = c.entry_position " + where
                + " ORDER BY c.schedule_id, c.entry_position, c.position");
        var entryQuery = h.createQuery("SELECT * FROM retention_schedule_entry e " + where
                + " ORDER BY e.schedule_id, e.position");
        arguments.forEach((name, value) -> {
            if (value instanceof List) {
                citationQuery.bindList(name, (List<?>) value);
                entryQuery.bindList(name, (List<?>) value);
            } else {
                citationQuery.bind(name, value);
                entryQuery.bind(name, value);
            }
        });
        citationQuery.map((rs, ctx) -> citations.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2),
                        k -> new ArrayList<>())
                .add(new Citation(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))).list();
        Map<String, List<ScheduleEntry>> bySchedule = new HashMap<>();
        entryQuery.map((rs, ctx) -> bySchedule.computeIfAbsent(rs.getString("schedule_id"), k -> new ArrayList<>())
                .add(entry(rs, citations.getOrDefault(rs.getString("schedule_id") + "#" + rs.getInt("position"),
                        List.of())))).list();
        return bySchedule;
    }

    private static ScheduleEntry entry(ResultSet rs, List<Citation> citations) throws SQLException {
        String effectiveTo = rs.getString("effective_to");
        return new ScheduleEntry(rs.getString("entry_id"), rs.getString("class_ref"), rs.getString("title"),
                RuleText.parse(rs.getString("rule")), DisposalAction.valueOf(rs.getString("action")),
                rs.getString("source_wording"), citations, LocalDate.parse(rs.getString("effective_from")),
                effectiveTo == null ? null : LocalDate.parse(effectiveTo),
                AuthorityStatus.valueOf(rs.getString("authority")), rs.getInt("verified") == 1);
    }

    private record ScheduleRow(String id, String title, String source, long version) {
    }
}
