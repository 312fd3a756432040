package org.igkit.assurance.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.igkit.assurance.AssuranceSources;
import org.igkit.assurance.Proportion;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.core.error.ValidationException;
import org.igkit.core.explain.Explanation;

/**
 * Training compliance (spec §4): {@code pct = valid / inScope}. In scope: staff employed on the day, minus those on
 * long-term absence (configurable), minus new starters whose induction due date is on or after the day. A person is
 * compliant when every course required of them (mandatory, or by one of their roles) has a valid completion. The
 * target (default 0.95) is a local KPI, not a DSPT pass rule.
 */
public final class TrainingRule {
    /** The default target, 95%. */
    public static final BigDecimal DEFAULT_TARGET = new BigDecimal("0.95");

    private final BigDecimal target;
    private final ValidityMode mode;
    private final boolean excludeLongTermAbsent;
    private final int dueSoonDays;

    private TrainingRule(BigDecimal target, ValidityMode mode, boolean excludeLongTermAbsent, int dueSoonDays) {
        if (target == null || target.signum() < 0 || target.compareTo(BigDecimal.ONE) > 0) {
            throw new ValidationException("target", "must be a fraction from 0 to 1", target);
        }
        if (dueSoonDays < 0) {
            throw new ValidationException("dueSoonDays", "must be 0 or more", dueSoonDays);
        }
        this.target = target;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.excludeLongTermAbsent = excludeLongTermAbsent;
        this.dueSoonDays = dueSoonDays;
    }

    /** Target 95%, rolling validity, long-term absence excluded, due soon within 30 days. */
    public static TrainingRule withDefaults() {
        return new TrainingRule(DEFAULT_TARGET, ValidityMode.ROLLING, true, 30);
    }

    /** A copy with another target fraction. */
    public TrainingRule withTarget(BigDecimal newTarget) {
        return new TrainingRule(newTarget, mode, excludeLongTermAbsent, dueSoonDays);
    }

    /** A copy with another validity mode. */
    public TrainingRule withMode(ValidityMode newMode) {
        return new TrainingRule(target, newMode, excludeLongTermAbsent, dueSoonDays);
    }

    /** A copy counting (false) or leaving out (true) staff on long-term absence. */
    public TrainingRule excludingLongTermAbsent(boolean exclude) {
        return new TrainingRule(target, mode, exclude, dueSoonDays);
    }

    /** A copy with another due-soon window. */
    public TrainingRule withDueSoonDays(int days) {
        return new TrainingRule(target, mode, excludeLongTermAbsent, days);
    }

    /** The validity mode. */
    public ValidityMode mode() {
        return mode;
    }

    /** Where {@code member} stands on {@code asOf}, given their completions (any order, any course). */
    public PersonTraining standingOf(StaffMember member, Collection<Course> courses, Collection<Completion> theirs,
            LocalDate asOf) {
        List<Course> required = courses.stream().filter(c -> c.isRequiredOf(member))
                .sorted(Comparator.comparing(Course::id)).toList();
        if (!member.isEmployedOn(asOf) || (excludeLongTermAbsent && member.isAbsentOn(asOf))) {
            return new PersonTraining(member.id(), member.team(), PersonTraining.Standing.NOT_COUNTED, List.of(),
                    null, null);
        }
        Map<String, LocalDate> latest = new HashMap<>();
        for (Completion c : theirs) {
            if (c.staffId().equals(member.id()) && !c.completedOn().isAfter(asOf)) {
                latest.merge(c.courseId(), c.completedOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<String> missing = new ArrayList<>();
        LocalDate nextExpiry = null;
        LocalDate inductionDue = null;
        for (Course course : required) {
            LocalDate done = latest.get(course.id());
            if (done != null && mode.isValid(done, course.refresherInterval(), asOf)) {
                LocalDate expires = mode.expiresOn(done, course.refresherInterval());
                if (expires != null && (nextExpiry == null || expires.isBefore(nextExpiry))) {
                    nextExpiry = expires;
                }
            } else if (done == null) {
                LocalDate due = course.newStarterDeadline().dueFor(member);
                if (!due.isBefore(asOf)) {
                    inductionDue = inductionDue == null || due.isBefore(inductionDue) ? due : inductionDue;
                } else {
                    missing.add(course.id());
                }
            } else {
                missing.add(course.id());
            }
        }
        if (missing.isEmpty() && inductionDue != null) {
            return new PersonTraining(member.id(), member.team(), PersonTraining.Standing.INDUCTION_PENDING, List.of(),
                    nextExpiry, inductionDue);
        }
        return new PersonTraining(member.id(), member.team(), missing.isEmpty() ? PersonTraining.Standing.COMPLIANT
                : PersonTraining.Standing.NON_COMPLIANT, missing, nextExpiry, inductionDue);
    }

    /** Compliance among {@code staff} on {@code asOf}. */
    public TrainingCompliance compliance(Collection<Course> courses, Collection<StaffMember> staff,
            Collection<Completion> completions, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, List<Completion>> byStaff = new HashMap<>();
        completions.forEach(c -> byStaff.computeIfAbsent(c.staffId(), k -> new ArrayList<>()).add(c));
        Map<String, int[]> teams = new TreeMap<>();
        List<PersonTraining> overdue = new ArrayList<>();
        List<PersonTraining> dueSoon = new ArrayList<>();
        int inScope = 0;
        int valid = 0;
        int pending = 0;
        int notCounted = 0;
        LocalDate soon = asOf.plusDays(dueSoonDays);
        for (StaffMember member : staff.stream().sorted(Comparator.comparing(StaffMember::id)).toList()) {
            PersonTraining standing = standingOf(member, courses, byStaff.getOrDefault(member.id(), List.of()), asOf);
            switch (standing.standing()) {
                case NOT_COUNTED:
                    notCounted++;
                    continue;
                case INDUCTION_PENDING:
                    pending++;
                    if (!standing.inductionDueOn().isAfter(soon)) {
                        dueSoon.add(standing);
                    }
                    continue;
                default:
                    break;
            }
            inScope++;
            int[] team = teams.computeIfAbsent(member.team(), k -> new int[2]);
            team[1]++;
            if (standing.standing() == PersonTraining.Standing.COMPLIANT) {
                valid++;
                team[0]++;
                if (standing.nextExpiry() != null && !standing.nextExpiry().isAfter(soon)) {
                    dueSoon.add(standing);
                }
            } else {
                overdue.add(standing);
            }
        }
        Proportion overall = Proportion.of(valid, inScope);
        Explanation.Builder why = Explanation.builder();
        why.step("On " + asOf + ", " + inScope + " of " + staff.size() + " staff are in scope: " + notCounted
                + " not employed that day" + (excludeLongTermAbsent ? " or on long-term absence" : "") + ", " + pending
                + " new starters with induction not yet due", AssuranceSources.TRAINING);
        why.step("A completion is valid " + describe(mode) + "; a person is compliant when every course required "
                + "of them is valid", AssuranceSources.REFRESHER, AssuranceSources.choice("validity mode " + mode));
        boolean meets = overall.meets(target);
        why.step("Compliant: " + overall + ", which " + (meets ? "meets" : "is below") + " the target of "
                + target.movePointRight(2).stripTrailingZeros().toPlainString() + "% (the exact fraction compared)",
                AssuranceSources.choice("a local KPI of " + target));
        TreeMap<String, Proportion> perTeam = new TreeMap<>();
        teams.forEach((team, n) -> perTeam.put(team, Proportion.of(n[0], n[1])));
        return new TrainingCompliance(asOf, overall, perTeam, target, overdue, dueSoon, why.build());
    }

    private static String describe(ValidityMode mode) {
        switch (mode) {
            case ROLLING:
                return "until the day before the refresher interval has run";
            case THROUGH_ANNIVERSARY:
                return "through the anniversary of completion";
            default:
                return "for the academic year it was completed in";
        }
    }
}
