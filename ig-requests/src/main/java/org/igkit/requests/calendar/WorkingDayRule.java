package org.igkit.requests.calendar;

import java.util.EnumSet;
import java.util.Set;

import org.igkit.core.explain.Citation;

/**
 * Which bank holidays a statute's "working day" excludes, besides Saturdays and Sundays (Christmas Day and Good
 * Friday are in every division's list).
 */
public enum WorkingDayRule {
    /**
     * FOIA s.10(6), EIR reg 2(1), RPSI 2015: a bank holiday in <em>any</em> part of the UK is not a working day
     * (ICO Line to Take LTT47).
     */
    ANY_UK_DIVISION(EnumSet.allOf(Division.class),
            Citation.of("Freedom of Information Act 2000", "s.10(6)")
                    .withUrl("https://www.legislation.gov.uk/ukpga/2000/36/section/10")),
    /** FOISA s.73, EISR: Scottish bank holidays only. */
    SCOTLAND(EnumSet.of(Division.SCOTLAND),
            Citation.of("Freedom of Information (Scotland) Act 2002", "s.73")
                    .withUrl("https://www.legislation.gov.uk/asp/2002/13/section/73")),
    /** The bank holidays of England and Wales (a SAR roll-forward for a controller there, spec U2). */
    ENGLAND_AND_WALES(EnumSet.of(Division.ENGLAND_AND_WALES),
            Citation.of("Banking and Financial Dealings Act 1971", "Sch 1 para 1")
                    .withUrl("https://www.legislation.gov.uk/ukpga/1971/80/schedule/1")),
    /** The bank holidays of Northern Ireland (a SAR roll-forward for a controller there, spec U2). */
    NORTHERN_IRELAND(EnumSet.of(Division.NORTHERN_IRELAND),
            Citation.of("Banking and Financial Dealings Act 1971", "Sch 1 para 3")
                    .withUrl("https://www.legislation.gov.uk/ukpga/1971/80/schedule/1"));

    private final Set<Division> divisions;
    private final Citation citation;

    WorkingDayRule(Set<Division> divisions, Citation citation) {
        this.divisions = divisions;
        this.citation = citation;
    }

    /** The rule that counts only {@code division}'s holidays. */
    public static WorkingDayRule of(Division division) {
        switch (division) {
            case SCOTLAND:
                return SCOTLAND;
            case NORTHERN_IRELAND:
                return NORTHERN_IRELAND;
            default:
                return ENGLAND_AND_WALES;
        }
    }

    /** True when a bank holiday of {@code division} is not a working day under this rule. */
    public boolean excludesHolidaysOf(Division division) {
        return divisions.contains(division);
    }

    /** The divisions whose holidays are excluded. */
    public Set<Division> divisions() {
        return EnumSet.copyOf(divisions);
    }

    /** The provision that defines the working day. */
    public Citation citation() {
        return citation;
    }

    /** Where the excluded bank holidays come from: the Banking and Financial Dealings Act 1971 Sch 1. */
    public Citation holidayCitation() {
        switch (this) {
            case SCOTLAND:
                return Bfda.SCOTLAND;
            case NORTHERN_IRELAND:
                return Bfda.NORTHERN_IRELAND;
            case ENGLAND_AND_WALES:
                return Bfda.ENGLAND_AND_WALES;
            default:
                return Bfda.UK;
        }
    }

    /** "a bank holiday in any part of the UK", "a bank holiday in Scotland". */
    public String describe() {
        if (this == ANY_UK_DIVISION) {
            return "Saturdays, Sundays and bank holidays in any part of the UK";
        }
        return "Saturdays, Sundays and bank holidays in " + divisions.iterator().next().displayName();
    }

    /** The BFDA citations, built once (enum constants cannot see the enum's own static fields when built). */
    private static final class Bfda {
        static final Citation UK = Citation.of("Banking and Financial Dealings Act 1971", "Sch 1")
                .withUrl("https://www.legislation.gov.uk/ukpga/1971/80/schedule/1");
        static final Citation ENGLAND_AND_WALES = UK.withNote("para 1: England and Wales");
        static final Citation SCOTLAND = UK.withNote("para 2: Scotland");
        static final Citation NORTHERN_IRELAND = UK.withNote("para 3: Northern Ireland");

        private Bfda() {
        }
    }
}
