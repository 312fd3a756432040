package org.igkit.assurance.dspt;

import java.util.List;
import java.util.Objects;

import org.igkit.core.error.ValidationException;

/**
 * The self-assessment of one standard or outcome.
 *
 * @param standardId the standard's or outcome's id
 * @param status     the level reached
 * @param profile    the level NHS England's profile asks for (ACHIEVED on the NDG track)
 * @param owner      who owns it
 * @param evidence   its evidence items
 */
public record OutcomeAssessment(String standardId, OutcomeStatus status, OutcomeStatus profile, String owner,
        List<EvidenceItem> evidence) {
    public OutcomeAssessment {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(standardId != null && !standardId.isBlank(), "standardId", "must not be blank", standardId);
        problems.require(status != null, "status", "is required", null);
        problems.require(profile != null, "profile", "is required", null);
        problems.require(owner != null && !owner.isBlank(), "owner", "must not be blank", owner);
        problems.throwIfAny();
        evidence = List.copyOf(Objects.requireNonNullElse(evidence, List.of()));
    }

    /** An outcome not yet assessed (NOT_ACHIEVED) against the ACHIEVED profile. */
    public static OutcomeAssessment notYetAssessed(String standardId, String owner) {
        return new OutcomeAssessment(standardId, OutcomeStatus.NOT_ACHIEVED, OutcomeStatus.ACHIEVED, owner, List.of());
    }

    /** True when the status reaches the profile. */
    public boolean meetsProfile() {
        return status.reaches(profile);
    }

    /** A copy at {@code newStatus}. */
    public OutcomeAssessment withStatus(OutcomeStatus newStatus) {
        return new OutcomeAssessment(standardId, newStatus, profile, owner, evidence);
    }

    /** A copy with one more evidence item. */
    public OutcomeAssessment withEvidence(EvidenceItem item) {
        List<EvidenceItem> more = new java.util.ArrayList<>(evidence);
        more.add(Objects.requireNonNull(item, "item"));
        return new OutcomeAssessment(standardId, status, profile, owner, more);
    }
}
