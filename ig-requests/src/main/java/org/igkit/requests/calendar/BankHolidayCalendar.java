package org.igkit.requests.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Citation;

/**
 * One version of the UK bank-holiday calendar: the holidays of the three divisions from a published dataset
 * (the shipped GOV.UK data covers 2015-2028), projected by the statutory rules for the other years from
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}, plus the changes an embedder made. Immutable and thread-safe;
 * each change returns a new version with its own {@link #version()}.
 *
 * <p>The version is the dataset's content hash ({@code gov.uk-sha256:<12 hex>}), followed by
 * {@code +<12 hex>} of the changes when there are any, so two results computed with the same holidays carry
 * the same version and any result can be reproduced.
 */
public final class BankHolidayCalendar {
    /** The first year the calendar answers for. */
    public static final int FIRST_YEAR = 2000;
    /** The last year the calendar answers for. */
    public static final int LAST_YEAR = 2099;
    /** The days the calendar answers for. */
    public static final DateRange SUPPORTED = DateRange.ofClosed(LocalDate.of(FIRST_YEAR, 1, 1),
            LocalDate.of(LAST_YEAR, 12, 31));
    /** The shipped dataset, a classpath resource. */
    public static final String SHIPPED_RESOURCE = "/org/igkit/requests/calendar/uk-bank-holidays.csv";
    /** Where the shipped dataset comes from. */
    public static final Citation SHIPPED_SOURCE = Citation.of("GOV.UK bank holidays", "")
            .withUrl("https://www.gov.uk/bank-holidays")
            .withNote("frozen copy of alphagov/frontend lib/data/bank-holidays.json at cb2a016d (2026-08-21) for "
                    + "2019-2028 and alphagov/calendars at 9f64de76 (2020-04-09) for 2015-2018");

    private static volatile BankHolidayCalendar shipped;

    private final String datasetVersion;
    private final int firstDataYear;
    private final int lastDataYear;
    private final List<BankHoliday> dataset;
    private final List<BankHoliday> moved;
    private final Map<BankHoliday, String> proclamations;
    private final List<CalendarChange> changes;
    private final NavigableMap<LocalDate, List<BankHoliday>> byDate;
    private final String version;
    private final ConcurrentMap<WorkingDayRule, WorkingDays> indexes = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<BankHoliday>, BankHolidayCalendar> knownOn = new ConcurrentHashMap<>();

    private BankHolidayCalendar(String datasetVersion, int firstDataYear, int lastDataYear, List<BankHoliday> dataset,
                                List<BankHoliday> moved, Map<BankHoliday, String> proclamations,
                                List<CalendarChange> changes) {
        this.datasetVersion = datasetVersion;
        this.firstDataYear = firstDataYear;
        this.lastDataYear = lastDataYear;
        this.dataset = List.copyOf(dataset);
        this.moved = List.copyOf(moved);
        this.proclamations = Map.copyOf(proclamations);
        this.changes = List.copyOf(changes);
        this.byDate = Collections.unmodifiableNavigableMap(effectiveHolidays());
        this.version = changes.isEmpty() ? datasetVersion : datasetVersion + "+" + sha256(canonicalChanges()).substring(0, 12);
    }

    /** The calendar from the shipped GOV.UK dataset, loaded once. */
    public static BankHolidayCalendar shipped() {
        BankHolidayCalendar result = shipped;
        if (result == null) {
            synchronized (BankHolidayCalendar.class) {
                result = shipped;
                if (result == null) {
                    try (InputStream in = BankHolidayCalendar.class.getResourceAsStream(SHIPPED_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the shipped dataset " + SHIPPED_RESOURCE + " is missing");
                        }
                        result = parse(in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shipped = result;
                }
            }
        }
        return result;
    }

    /**
     * A calendar from a dataset in the shipped format: {@code #} comment lines, a {@code coverage=YYYY-YYYY}
     * line, then {@code division,date,title,notes[,announced]} rows. Errors name the line.
     */
    public static BankHolidayCalendar parse(byte[] datasetBytes) {
        HolidayDataset data = HolidayDataset.read(datasetBytes);
        return new BankHolidayCalendar("gov.uk-sha256:" + sha256(datasetBytes).substring(0, 12),
                data.firstYear(), data.lastYear(), data.holidays(), data.moved(), data.sources(), List.of());
    }

    /** The version: the dataset hash, plus the hash of the embedder's changes if any. */
    public String version() {
        return version;
    }

    /** The dataset's version, without the embedder's changes. */
    public String datasetVersion() {
        return datasetVersion;
    }

    /** The years the dataset covers; other years are projected. */
    public DateRange dataCoverage() {
        return DateRange.ofClosed(LocalDate.of(firstDataYear, 1, 1), LocalDate.of(lastDataYear, 12, 31));
    }

    /** The embedder's changes, in the order made. */
    public List<CalendarChange> changes() {
        return changes;
    }

    /** True when holidays in {@code date}'s year are projected by rule, not published. */
    public boolean isProjected(LocalDate date) {
        int year = date.getYear();
        return year < firstDataYear || year > lastDataYear;
    }

    /** True when any day of {@code [fromInclusive, toInclusive]} lies in a projected year. */
    public boolean isProjectedAnywhere(LocalDate fromInclusive, LocalDate toInclusive) {
        return isProjected(fromInclusive) || isProjected(toInclusive);
    }

    /** The holidays on {@code date} in every division (empty if none). */
    public List<BankHoliday> holidaysOn(LocalDate date) {
        requireSupported(date);
        return byDate.getOrDefault(date, List.of());
    }

    /** True when {@code date} is a bank holiday in {@code division}. */
    public boolean isHoliday(LocalDate date, Division division) {
        for (BankHoliday holiday : holidaysOn(date)) {
            if (holiday.division() == division) {
                return true;
            }
        }
        return false;
    }

    /** The holidays of {@code division} in {@code year}, in date order. */
    public List<BankHoliday> holidaysIn(int year, Division division) {
        List<BankHoliday> found = new ArrayList<>();
        holidaysByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).values()
                .forEach(list -> list.stream().filter(h -> h.division() == division).forEach(found::add));
        return found;
    }

    /** The holidays in {@code [fromInclusive, toInclusive]} by date. */
    public NavigableMap<LocalDate, List<BankHoliday>> holidaysByDate(LocalDate fromInclusive, LocalDate toInclusive) {
        return byDate.subMap(fromInclusive, true, toInclusive, true);
    }

    /** A new version with {@code holiday} added (e.g. a newly proclaimed day). */
    public BankHolidayCalendar withHolidayAdded(BankHoliday holiday) {
        requireSupported(holiday.date());
        if (isHoliday(holiday.date(), holiday.division())) {
            throw new ValidationException("date", "is already a bank holiday in " + holiday.division().displayName(),
                    holiday.date());
        }
        BankHoliday added = new BankHoliday(holiday.date(), holiday.division(), holiday.name(), holiday.substitute(),
                BankHoliday.Origin.ADDED, holiday.announcedOn());
        return withChange(new CalendarChange(CalendarChange.Kind.ADDED, added));
    }

    /**
     * The first holiday of {@code division} with the dataset title {@code name} (e.g. "World Cup bank holiday"),
     * for readings that concern one listed day rather than a date.
     */
    public Optional<BankHoliday> findHoliday(String name, Division division) {
        for (List<BankHoliday> day : byDate.values()) {
            for (BankHoliday holiday : day) {
                if (holiday.division() == division && holiday.name().equals(name)) {
                    return Optional.of(holiday);
                }
            }
        }
        return Optional.empty();
    }

    /** A new version without the holiday of {@code division} on {@code date}. */
    public BankHolidayCalendar withHolidayRemoved(LocalDate date, Division division) {
        BankHoliday existing = holidaysOn(date).stream().filter(h -> h.division() == division).findFirst()
                .orElseThrow(() -> new ValidationException("date", "is not a bank holiday in "
                        + division.displayName(), date));
        return withChange(new CalendarChange(CalendarChange.Kind.REMOVED, existing));
    }

    /**
     * This calendar as it was known on {@code date}: without the holidays announced after it (spec U5, for the
     * "not retrospective" policy). The same calendar when no holiday was announced later.
     */
    public BankHolidayCalendar asKnownOn(LocalDate date) {
        List<BankHoliday> later = new ArrayList<>();
        for (List<BankHoliday> day : byDate.values()) {
            for (BankHoliday holiday : day) {
                if (holiday.announcedOn() != null && holiday.announcedOn().isAfter(date)) {
                    later.add(holiday);
                }
            }
        }
        if (later.isEmpty()) {
            return this;
        }
        return knownOn.computeIfAbsent(List.copyOf(later), list -> {
            BankHolidayCalendar result = this;
            for (BankHoliday holiday : list) {
                result = result.withHolidayRemoved(holiday.date(), holiday.division());
            }
            return result;
        });
    }

    /** The working days under {@code rule}, indexed once per calendar version and rule. */
    public WorkingDays workingDays(WorkingDayRule rule) {
        return indexes.computeIfAbsent(Objects.requireNonNull(rule, "rule"), r -> new WorkingDays(this, r));
    }

    private BankHolidayCalendar withChange(CalendarChange change) {
        List<CalendarChange> all = new ArrayList<>(changes);
        all.add(change);
        return new BankHolidayCalendar(datasetVersion, firstDataYear, lastDataYear, dataset, moved, proclamations, all);
    }

    private TreeMap<LocalDate, List<BankHoliday>> effectiveHolidays() {
        TreeMap<LocalDate, List<BankHoliday>> map = new TreeMap<>();
        for (BankHoliday holiday : dataset) {
            map.computeIfAbsent(holiday.date(), d -> new ArrayList<>()).add(holiday);
        }
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            if (year >= firstDataYear && year <= lastDataYear) {
                continue;
            }
            for (Division division : Division.values()) {
                for (BankHoliday holiday : HolidayRules.project(year, division)) {
                    if (isMovedAway(holiday)) {
                        continue;
                    }
                    map.computeIfAbsent(holiday.date(), d -> new ArrayList<>()).add(holiday);
                }
            }
        }
        for (CalendarChange change : changes) {
            BankHoliday holiday = change.holiday();
            List<BankHoliday> day = map.computeIfAbsent(holiday.date(), d -> new ArrayList<>());
            if (change.kind() == CalendarChange.Kind.ADDED) {
                day.add(holiday);
            } else {
                day.removeIf(h -> h.division() == holiday.division());
                if (day.isEmpty()) {
                    map.remove(holiday.date());
                }
            }
        }
        map.replaceAll((date, list) -> List.copyOf(list));
        return map;
    }

    private boolean isMovedAway(BankHoliday projected) {
        for (BankHoliday day : moved) {
            if (day.date().equals(projected.date()) && day.division() == projected.division()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The proclamation of a one-off day outside the published data's coverage (e.g. 29 April 2011), as the
     * dataset names it; empty for the other days.
     */
    public Optional<Citation> findProclamation(BankHoliday holiday) {
        String source = proclamations.get(holiday);
        return source == null ? Optional.empty()
                : Optional.of(Citation.of("Banking and Financial Dealings Act 1971", "s.1 (Royal Proclamation)").withNote(source));
    }

    /** The projected days a proclamation moved away outside the coverage (e.g. 28 May 2012), from the dataset. */
    public List<BankHoliday> movedByProclamation() {
        return moved;
    }

    private String canonicalChanges() {
        StringBuilder text = new StringBuilder();
        changes.forEach(change -> text.append(change.canonical()));
        return text.toString();
    }

    private static void requireSupported(LocalDate date) {
        if (!SUPPORTED.contains(date)) {
            throw new ValidationException("date", "must be between " + SUPPORTED.startInclusive() + " and "
                    + SUPPORTED.endInclusive(), date);
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "BankHolidayCalendar " + version;
    }
}
