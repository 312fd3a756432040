package org.igkit.requests.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.igkit.core.error.ValidationException;

/**
 * The rows of a bank-holiday dataset in the shipped format, read and checked: {@code #} comment lines, a
 * {@code coverage=YYYY-YYYY} line, then {@code division,date,title,notes[,announced[,source]]} rows. A row outside
 * the coverage is a one-off day no rule projects, with its proclamation as source: notes {@code proclaimed} adds it,
 * notes {@code moved} takes away a day the rules would project (a holiday moved by proclamation).
 *
 * @param firstYear the first year the data covers
 * @param lastYear  the last year the data covers
 * @param holidays  the listed days within the coverage and the proclaimed one-off days outside it
 * @param moved     the projected days outside the coverage that a proclamation moved away
 * @param sources   the source of each one-off day outside the coverage (added or moved)
 */
record HolidayDataset(int firstYear, int lastYear, List<BankHoliday> holidays, List<BankHoliday> moved,
                      Map<BankHoliday, String> sources) {
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("new_year", "New Year's Day"), Map.entry("2nd_january", "2nd January"),
            Map.entry("st_patrick", "St Patrick's Day"), Map.entry("good_friday", "Good Friday"),
            Map.entry("easter_monday", "Easter Monday"), Map.entry("early_may", "Early May bank holiday"),
            Map.entry("early_may_ve", "Early May bank holiday (VE Day)"), Map.entry("spring", "Spring bank holiday"),
            Map.entry("queen_platinum", "Platinum Jubilee bank holiday"),
            Map.entry("queens_bank_holiday", "Bank holiday for the State Funeral of Queen Elizabeth II"),
            Map.entry("kings_coronation", "Bank holiday for the coronation of King Charles III"),
            Map.entry("world_cup", "World Cup bank holiday"),
            Map.entry("royal_wedding", "Bank holiday for the wedding of Prince William and Catherine Middleton"),
            Map.entry("queen_diamond", "Diamond Jubilee bank holiday"),
            Map.entry("battle_boyne", "Battle of the Boyne (Orangemen's Day)"),
            Map.entry("summer", "Summer bank holiday"), Map.entry("late_august", "Summer bank holiday"),
            Map.entry("st_andrew", "St Andrew's Day"), Map.entry("christmas", "Christmas Day"),
            Map.entry("boxing_day", "Boxing Day"));

    private static final String PROCLAIMED = "proclaimed";
    private static final String MOVED = "moved";

    HolidayDataset {
        holidays = List.copyOf(holidays);
        moved = List.copyOf(moved);
        sources = Map.copyOf(sources);
    }

    /** Reads {@code datasetBytes}; every bad line is a {@link ValidationException} violation naming the line. */
    static HolidayDataset read(byte[] datasetBytes) {
        String text = new String(datasetBytes, StandardCharsets.UTF_8);
        ValidationException.Collector problems = ValidationException.collector();
        List<BankHoliday> holidays = new ArrayList<>();
        List<BankHoliday> moved = new ArrayList<>();
        Map<BankHoliday, String> sources = new HashMap<>();
        int firstYear = 0;
        int lastYear = -1;
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String path = "line " + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("coverage=")) {
                String[] years = line.substring("coverage=".length()).split("-");
                try {
                    firstYear = Integer.parseInt(years[0]);
                    lastYear = Integer.parseInt(years[1]);
                } catch (RuntimeException e) {
                    problems.add(path, "coverage must be YYYY-YYYY", line);
                }
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 4 || cells.length > 6) {
                problems.add(path, "must be division,date,title,notes[,announced[,source]]", line);
                continue;
            }
            try {
                Division division = Division.valueOf(cells[0]);
                LocalDate date = LocalDate.parse(cells[1]);
                String name = TITLES.getOrDefault(cells[2], cells[2].replace('_', ' '));
                LocalDate announced = cells.length >= 5 && !cells[4].isEmpty() ? LocalDate.parse(cells[4]) : null;
                BankHoliday holiday = new BankHoliday(date, division, name, "substitute".equals(cells[3]),
                        BankHoliday.Origin.DATASET, announced);
                boolean oneOff = PROCLAIMED.equals(cells[3]) || MOVED.equals(cells[3]);
                if (oneOff && (cells.length < 6 || cells[5].isBlank())) {
                    problems.add(path, "a " + cells[3] + " day needs its proclamation as source (column 6)", line);
                } else if (oneOff) {
                    sources.put(holiday, cells[5].strip());
                }
                (MOVED.equals(cells[3]) ? moved : holidays).add(holiday);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(path, "has a bad division or date: " + e.getMessage(), line);
            }
        }
        problems.require(lastYear >= firstYear && firstYear >= BankHolidayCalendar.FIRST_YEAR && lastYear <= BankHolidayCalendar.LAST_YEAR, "coverage",
                "must be a coverage=YYYY-YYYY line within " + BankHolidayCalendar.FIRST_YEAR + "-" + BankHolidayCalendar.LAST_YEAR, firstYear + "-" + lastYear);
        for (BankHoliday holiday : holidays) {
            int year = holiday.date().getYear();
            problems.require(year >= firstYear && year <= lastYear || sources.containsKey(holiday), "date",
                    "must be within the coverage, or a proclaimed one-off day with its source", holiday.date());
        }
        for (BankHoliday holiday : moved) {
            int year = holiday.date().getYear();
            problems.require(year < firstYear || year > lastYear, "date",
                    "a moved day is one the rules would project, so outside the coverage", holiday.date());
        }
        problems.throwIfAny();
        return new HolidayDataset(firstYear, lastYear, holidays, moved, sources);
    }
}
