package org.igkit.assurance.csvimport;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.igkit.assurance.staff.Absence;
import org.igkit.assurance.staff.StaffMember;

/**
 * Staff from an HR export: {@code id,name,team,startedOn} required; {@code probationEndsOn}, {@code firstAccessOn},
 * {@code leftOn}, {@code roles} (separated by {@code ;}), {@code absentFrom} and {@code absentUntil} (a long-term
 * absence) optional. Dates are ISO ({@code 2025-09-01}).
 */
public final class StaffCsv {
    /** The required columns. */
    public static final List<String> REQUIRED = List.of("id", "name", "team", "startedOn");

    private StaffCsv() {
    }

    /**
     * Every member of staff in {@code csv}, in file order.
     *
     * @throws org.igkit.core.error.ValidationException every fault, each at {@code line N, column NAME}
     */
    public static List<StaffMember> parse(Reader csv) {
        return parseWithLines(csv).values();
    }

    /** As {@link #parse}, with the line each value came from. */
    public static Parsed<StaffMember> parseWithLines(Reader csv) {
        return CsvColumns.read(csv, REQUIRED, StaffCsv::member);
    }

    static StaffMember member(CsvColumns.Row row) {
        String id = row.text("id");
        String name = row.text("name");
        String team = row.text("team");
        LocalDate started = row.requiredDate("startedOn");
        LocalDate probation = row.date("probationEndsOn");
        LocalDate firstAccess = row.date("firstAccessOn");
        LocalDate left = row.date("leftOn");
        LocalDate absentFrom = row.date("absentFrom");
        LocalDate absentUntil = row.date("absentUntil");
        Set<String> roles = new TreeSet<>();
        row.find("roles").ifPresent(text -> {
            for (String role : text.split(";")) {
                if (!role.isBlank()) {
                    roles.add(role.strip());
                }
            }
        });
        if (id == null || name == null || team == null || started == null) {
            return null;
        }
        List<Absence> absences = new ArrayList<>();
        if (absentFrom != null) {
            absences.add(new Absence(absentFrom, absentUntil, "long-term absence"));
        } else if (absentUntil != null) {
            row.violation("absentFrom", "is required when absentUntil is given", null);
            return null;
        }
        return new StaffMember(id, name, team, started, probation, firstAccess, left, absences, roles, 0);
    }
}
