package org.igkit.requests.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * One bank holiday in one division.
 *
 * @param date        the day
 * @param division    where it is a bank holiday
 * @param name        its name, e.g. "Easter Monday"
 * @param substitute  true for a substitute day (the holiday fell on a weekend)
 * @param origin      where the entry comes from: the dataset, the statutory projection, or the embedder
 * @param announcedOn when a late-announced one-off day was made public (spec U5), or {@code null}
 */
public record BankHoliday(LocalDate date, Division division, String name, boolean substitute, Origin origin,
                          LocalDate announcedOn) {

    /** Where a holiday entry comes from. */
    public enum Origin {
        /** The shipped GOV.UK dataset. */
        DATASET,
        /** Projected by the statutory rules for a year the dataset does not cover. */
        PROJECTED,
        /** Added by the embedder (e.g. a newly proclaimed day), making a new calendar version. */
        ADDED
    }

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(division, "division");
        Objects.requireNonNull(origin, "origin");
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "must not be blank", name);
        }
    }

    /** A holiday an embedder adds, e.g. a newly proclaimed day, announced on {@code announcedOn} (may be null). */
    public static BankHoliday proclaimed(LocalDate date, Division division, String name, LocalDate announcedOn) {
        return new BankHoliday(date, division, name, false, Origin.ADDED, announcedOn);
    }

    /** True when projected by rule rather than taken from published data. */
    public boolean isProjected() {
        return origin == Origin.PROJECTED;
    }

    /** The announcement date, if known. */
    public Optional<LocalDate> findAnnouncedOn() {
        return Optional.ofNullable(announcedOn);
    }

    /** "Easter Monday (England and Wales)". */
    @Override
    public String toString() {
        return name + (substitute ? " (substitute day)" : "") + " in " + division.displayName();
    }
}
