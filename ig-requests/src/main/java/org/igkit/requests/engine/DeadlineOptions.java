package org.igkit.requests.engine;

import java.time.Period;
import java.util.Objects;

/**
 * The readings the engine takes where the law or guidance is uncertain (deadlines.md §10, U1-U12), each
 * defaulting to the spec's default. docs/requests.md gives the reasoning for every default.
 *
 * @param nonWorkingDayReceipt     U1: how a FOIA-family request received on a non-working day counts
 * @param sarRollForward           U2: whose holidays roll a subject-access due date forward
 * @param sarPauseCounting         U3: whether the clarification window counts both end days
 * @param sarPauseAppliedTo        U3: whether paused days are added before or after rolling forward
 * @param part3MonthReading        U4: month arithmetic for DPA 2018 Part 3 subject access
 * @param lateAnnouncedHolidays    U5: whether a holiday announced after receipt moves the deadline
 * @param scotlandWorldCup2026     U6: whether 15 June 2026 (Scotland) counts as a bank holiday
 * @param pitExtensionWorkingDays  FOIA s.10(3) (and U7's school and records variants): the public-interest
 *                                 target in working days after receipt (ICO normal maximum 40)
 * @param ahraPeriod               U8: how the AHRA 1990 period of N days is counted
 * @param eirCharges               U9: whether an EIR reg 8 charge pauses the clock like a FOIA fees notice
 * @param unansweredClarification  U12: whether a FOIA-family clarification never answered lapses, and when
 * @param temporaryVersions        whether temporary regime versions (the Coronavirus (Scotland) Act 2020 limits,
 *                                 spec §5) govern the requests received while they stood
 */
public record DeadlineOptions(
        NonWorkingDayReceipt nonWorkingDayReceipt,
        SarRollForward sarRollForward,
        PauseCounting sarPauseCounting,
        PauseAppliedTo sarPauseAppliedTo,
        MonthReading part3MonthReading,
        LateAnnouncedHolidays lateAnnouncedHolidays,
        WorldCupHoliday scotlandWorldCup2026,
        int pitExtensionWorkingDays,
        AhraPeriod ahraPeriod,
        EirCharges eirCharges,
        Period unansweredClarification,
        TemporaryVersions temporaryVersions) {

    /** U1. */
    public enum NonWorkingDayReceipt {
        /** Default (ICO, LTT47, WhatDoTheyKnow): receipt day is day 0 whatever it is; the next working day is day 1. */
        NEXT_WORKING_DAY_IS_DAY_ONE,
        /** Some authorities: the next working day is the date of receipt (day 0), giving one more day. */
        NEXT_WORKING_DAY_IS_DAY_ZERO
    }

    /** U2. */
    public enum SarRollForward {
        /** Default: the controller's own division's holidays. */
        CONTROLLER_DIVISION,
        /** The cautious reading for a UK-wide controller: a holiday anywhere in the UK. */
        ANY_UK_DIVISION
    }

    /** U3: the clarification window. */
    public enum PauseCounting {
        /** Default: "beginning with the day ... ending with the day" excludes both end days and those between. */
        INCLUSIVE,
        /** Only the days strictly between the question and the answer are excluded (one day fewer). */
        EXCLUSIVE
    }

    /** U3: where the paused days go. */
    public enum PauseAppliedTo {
        /** Default: add them to the raw month end, then roll forward once. */
        RAW_MONTH_END,
        /** Roll the month end forward first, add the paused days, then roll again. */
        ROLLED_DUE_DATE
    }

    /** U4. */
    public enum MonthReading {
        /** Default (the ICO's UK GDPR method): from the day of receipt to the corresponding date. */
        CORRESPONDING_DATE,
        /** "One month beginning with" the day: the day before the corresponding date. */
        BEGINNING_WITH,
        /** The ICO's earlier law-enforcement guidance: from the day after receipt. */
        DAY_AFTER_RECEIPT
    }

    /** U5. */
    public enum LateAnnouncedHolidays {
        /** Default: a holiday applies to every request whose count crosses it. */
        APPLY_TO_ALL,
        /** A holiday announced after the date of receipt does not move that request's deadline. */
        ONLY_IF_ANNOUNCED_BY_RECEIPT
    }

    /** U6. */
    public enum WorldCupHoliday {
        /** Default: as GOV.UK lists it (and so a non-working day for FOIA UK-wide too). */
        COUNT,
        /** Treat 15 June 2026 as an ordinary day until its proclamation is verified. */
        IGNORE;

        /** The day this option governs, by its title in the shipped dataset (GOV.UK, Scotland, added 25 Feb 2026). */
        public static final String HOLIDAY_NAME = "World Cup bank holiday";
    }

    /** U8. */
    public enum AhraPeriod {
        /** Default: "the period of N days beginning with the date of the application": due on application + N - 1. */
        BEGINNING_WITH_APPLICATION,
        /** NHS practice "within N days of receipt": due on application + N. */
        DAYS_AFTER_APPLICATION
    }

    /** U9. */
    public enum EirCharges {
        /** Default: not modelled; fees events are recorded and explained but do not move the clock. */
        NOT_MODELLED,
        /** Working days from the charge notice to payment are disregarded, as FOIA s.10(2). */
        DISREGARD_LIKE_FOIA
    }

    /** Temporary regime versions (spec §5: the Coronavirus (Scotland) Act 2020 limits for FOISA). */
    public enum TemporaryVersions {
        /** Default: a request received while a temporary version stood is governed by it. */
        APPLY_BY_RECEIPT,
        /**
         * The permanent version governs (the Scottish Information Commissioner applies 20 working days to a request
         * still unanswered on 27 May 2020, when the 60-working-day limit was repealed).
         */
        IGNORE
    }

    public DeadlineOptions {
        Objects.requireNonNull(temporaryVersions, "temporaryVersions");
        Objects.requireNonNull(nonWorkingDayReceipt, "nonWorkingDayReceipt");
        Objects.requireNonNull(sarRollForward, "sarRollForward");
        Objects.requireNonNull(sarPauseCounting, "sarPauseCounting");
        Objects.requireNonNull(sarPauseAppliedTo, "sarPauseAppliedTo");
        Objects.requireNonNull(part3MonthReading, "part3MonthReading");
        Objects.requireNonNull(lateAnnouncedHolidays, "lateAnnouncedHolidays");
        Objects.requireNonNull(scotlandWorldCup2026, "scotlandWorldCup2026");
        Objects.requireNonNull(ahraPeriod, "ahraPeriod");
        Objects.requireNonNull(eirCharges, "eirCharges");
        if (pitExtensionWorkingDays < 20 || pitExtensionWorkingDays > 60) {
            throw new org.igkit.core.error.ValidationException("pitExtensionWorkingDays",
                    "must be between 20 and 60 (FOIA s.10(4): never beyond the 60th working day)", pitExtensionWorkingDays);
        }
    }

    /** Every spec default; an unanswered clarification never lapses (U12: statute sets no limit). */
    public static DeadlineOptions defaults() {
        return new DeadlineOptions(NonWorkingDayReceipt.NEXT_WORKING_DAY_IS_DAY_ONE, SarRollForward.CONTROLLER_DIVISION,
                PauseCounting.INCLUSIVE, PauseAppliedTo.RAW_MONTH_END, MonthReading.CORRESPONDING_DATE,
                LateAnnouncedHolidays.APPLY_TO_ALL, WorldCupHoliday.COUNT, 40, AhraPeriod.BEGINNING_WITH_APPLICATION,
                EirCharges.NOT_MODELLED, null, TemporaryVersions.APPLY_BY_RECEIPT);
    }

    /** U1. */
    public DeadlineOptions with(NonWorkingDayReceipt value) {
        return new DeadlineOptions(value, sarRollForward, sarPauseCounting, sarPauseAppliedTo, part3MonthReading,
                lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod, eirCharges,
                unansweredClarification, temporaryVersions);
    }

    /** U2. */
    public DeadlineOptions with(SarRollForward value) {
        return new DeadlineOptions(nonWorkingDayReceipt, value, sarPauseCounting, sarPauseAppliedTo, part3MonthReading,
                lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod, eirCharges,
                unansweredClarification, temporaryVersions);
    }

    /** U3 (window). */
    public DeadlineOptions with(PauseCounting value) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, value, sarPauseAppliedTo, part3MonthReading,
                lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod, eirCharges,
                unansweredClarification, temporaryVersions);
    }

    /** U3 (where paused days go). */
    public DeadlineOptions with(PauseAppliedTo value) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, value, part3MonthReading,
                lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod, eirCharges,
                unansweredClarification, temporaryVersions);
    }

    /** U4. */
    public DeadlineOptions with(MonthReading value) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, sarPauseAppliedTo, value,
                lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod, eirCharges,
                unansweredClarification, temporaryVersions);
    }

    /** U5. */
    public DeadlineOptions with(LateAnnouncedHolidays value) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, sarPauseAppliedTo,
                part3MonthReading, value, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod, eirCharges,
                unansweredClarification, temporaryVersions);
    }

    /** U6. */
    public DeadlineOptions with(WorldCupHoliday value) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, sarPauseAppliedTo,
                part3MonthReading, lateAnnouncedHolidays, value, pitExtensionWorkingDays, ahraPeriod, eirCharges,
                unansweredClarification, temporaryVersions);
    }

    /** The public-interest target in working days after receipt (default 40). */
    public DeadlineOptions withPitExtensionWorkingDays(int workingDays) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, sarPauseAppliedTo,
                part3MonthReading, lateAnnouncedHolidays, scotlandWorldCup2026, workingDays, ahraPeriod, eirCharges,
                unansweredClarification, temporaryVersions);
    }

    /** U8. */
    public DeadlineOptions with(AhraPeriod value) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, sarPauseAppliedTo,
                part3MonthReading, lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, value,
                eirCharges, unansweredClarification, temporaryVersions);
    }

    /** U9. */
    public DeadlineOptions with(EirCharges value) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, sarPauseAppliedTo,
                part3MonthReading, lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod,
                value, unansweredClarification, temporaryVersions);
    }

    /** Whether temporary regime versions apply. */
    public DeadlineOptions with(TemporaryVersions value) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, sarPauseAppliedTo,
                part3MonthReading, lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod,
                eirCharges, unansweredClarification, value);
    }

    /** U12: an unanswered clarification lapses {@code period} after it was asked (ICO practice: three months). */
    public DeadlineOptions withClarificationLapsingAfter(Period period) {
        return new DeadlineOptions(nonWorkingDayReceipt, sarRollForward, sarPauseCounting, sarPauseAppliedTo,
                part3MonthReading, lateAnnouncedHolidays, scotlandWorldCup2026, pitExtensionWorkingDays, ahraPeriod,
                eirCharges, Objects.requireNonNull(period, "period"), temporaryVersions);
    }
}
