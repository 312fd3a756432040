package org.igkit.assurance.dspt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.igkit.core.IdRule;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;

/**
 * One organisation's DSPT self-assessment for one year: the framework and deadline (data per organisation-year), each
 * outcome's assessment, the improvement plan, the sign-offs and, once published, the status published.
 *
 * @param id              the assessment's id
 * @param organisation    the organisation, e.g. its ODS code
 * @param year            the toolkit year, e.g. {@code 2024-25}
 * @param framework       NDG10 or CAF
 * @param deadline        the publication deadline
 * @param outcomes        the outcomes assessed, one per standard
 * @param plan            the improvement plan, or {@code null}
 * @param signOffs        the sign-offs recorded
 * @param publishedStatus the status published, or {@code null} before publication
 * @param publishedOn     when published, or {@code null}
 * @param version         the optimistic-locking version: 0 before the first save
 */
public record DsptAssessment(String id, String organisation, String year, DsptFramework framework, LocalDate deadline,
        List<OutcomeAssessment> outcomes, ImprovementPlan plan, List<SignOff> signOffs, DsptStatus publishedStatus,
        LocalDate publishedOn, long version) {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    public DsptAssessment {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "id", id);
        problems.require(organisation != null && !organisation.isBlank(), "organisation", "must not be blank",
                organisation);
        problems.require(isToolkitYear(year), "year", "must be a toolkit year such as 2024-25", year);
        problems.require(framework != null, "framework", "is required: NDG10 or CAF", null);
        problems.require(deadline != null, "deadline", "is required", null);
        outcomes = List.copyOf(Objects.requireNonNullElse(outcomes, List.of()));
        signOffs = List.copyOf(Objects.requireNonNullElse(signOffs, List.of()));
        problems.require((publishedStatus == null) == (publishedOn == null), "publishedOn",
                "must be given exactly when publishedStatus is", publishedOn);
        problems.require(outcomes.stream().map(OutcomeAssessment::standardId).distinct().count() == outcomes.size(),
                "outcomes", "must assess each standard once", null);
        problems.require(version >= 0, "version", "must be 0 (never saved) or more", version);
        problems.throwIfAny();
    }

    /** The default deadline of toolkit year {@code year}: 30 June of its second calendar year (spec §3). */
    public static LocalDate defaultDeadline(String year) {
        if (!isToolkitYear(year)) {
            throw new ValidationException("year", "must be a toolkit year such as 2024-25", year);
        }
        return LocalDate.of(Integer.parseInt(year.substring(0, 4)) + 1, 6, 30);
    }

    /** A new assessment of {@code standards}, each owned by {@code owner} and not yet assessed, due by the default deadline. */
    public static DsptAssessment start(String id, String organisation, String year, List<DsptStandard> standards,
            String owner) {
        if (standards.isEmpty()) {
            throw new ValidationException("standards", "must name at least one standard", null);
        }
        List<OutcomeAssessment> outcomes = standards.stream()
                .map(s -> OutcomeAssessment.notYetAssessed(s.id(), owner)).toList();
        return new DsptAssessment(id, organisation, year, standards.get(0).framework(), defaultDeadline(year), outcomes,
                null, List.of(), null, null, 0);
    }

    private static boolean isToolkitYear(String year) {
        return year != null && YEAR.matcher(year).matches()
                && Integer.parseInt(year.substring(5)) == (Integer.parseInt(year.substring(0, 4)) + 1) % 100;
    }

    /** A copy with {@code outcome} replacing the assessment of its standard (also after publication: the plan's work). */
    public DsptAssessment withOutcome(OutcomeAssessment outcome) {
        List<OutcomeAssessment> next = new ArrayList<>(outcomes);
        int at = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).standardId().equals(outcome.standardId())) {
                at = i;
            }
        }
        if (at < 0) {
            throw new ValidationException("standardId", "is not a standard of this assessment", outcome.standardId());
        }
        next.set(at, outcome);
        return new DsptAssessment(id, organisation, year, framework, deadline, next, plan, signOffs, publishedStatus,
                publishedOn, version);
    }

    /** A copy with another deadline (the deadline is data per organisation-year). */
    public DsptAssessment withDeadline(LocalDate newDeadline) {
        return new DsptAssessment(id, organisation, year, framework, newDeadline, outcomes, plan, signOffs,
                publishedStatus, publishedOn, version);
    }

    /** A copy with the improvement plan. */
    public DsptAssessment withPlan(ImprovementPlan newPlan) {
        return new DsptAssessment(id, organisation, year, framework, deadline, outcomes, newPlan, signOffs,
                publishedStatus, publishedOn, version);
    }

    /** A copy with one more sign-off. */
    public DsptAssessment withSignOff(SignOff signOff) {
        requireUnpublished();
        List<SignOff> more = new ArrayList<>(signOffs);
        more.add(Objects.requireNonNull(signOff, "signOff"));
        return new DsptAssessment(id, organisation, year, framework, deadline, outcomes, plan, more, publishedStatus,
                publishedOn, version);
    }

    /** A copy published on {@code on} with {@code status}; checks are the rule's ({@link DsptRule#publish}). */
    DsptAssessment published(DsptStatus status, LocalDate on) {
        requireUnpublished();
        return new DsptAssessment(id, organisation, year, framework, deadline, outcomes, plan, signOffs, status, on,
                version);
    }

    /** A copy whose published status moves on (plan approved, plan done). */
    DsptAssessment republished(DsptStatus status) {
        return new DsptAssessment(id, organisation, year, framework, deadline, outcomes, plan, signOffs, status,
                publishedOn, version);
    }

    /** True once published. */
    public boolean isPublished() {
        return publishedOn != null;
    }

    /** A copy with another version (used by stores when they save). */
    public DsptAssessment withVersion(long newVersion) {
        return new DsptAssessment(id, organisation, year, framework, deadline, outcomes, plan, signOffs,
                publishedStatus, publishedOn, newVersion);
    }

    private void requireUnpublished() {
        if (isPublished()) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    "DSPT assessment '" + id + "' was published on " + publishedOn + ": it can no longer be changed");
        }
    }
}
