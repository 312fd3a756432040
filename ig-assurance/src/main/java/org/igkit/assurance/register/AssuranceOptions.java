package org.igkit.assurance.register;

import java.time.Period;
import java.util.Objects;

import org.igkit.assurance.attestation.CoverageRule;
import org.igkit.assurance.dpia.DpiaScreener;
import org.igkit.assurance.dspt.DsptRule;
import org.igkit.assurance.policy.PolicyReviewRule;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.assurance.sharing.AgreementReviewRule;
import org.igkit.assurance.training.TrainingRule;
import org.igkit.core.error.ValidationException;

/**
 * The organisation's choices where the spec marks a point uncertain, each defaulting to the spec's default.
 *
 * @param profile                the kind of body (which roles it must fill)
 * @param policyReview           the policy review rule (30-day trigger period)
 * @param coverage               the attestation coverage rule (financial year; schools: academic year)
 * @param training               the training compliance rule (95%, rolling 12 months)
 * @param screener               the DPIA screening rule (any ICO list type suffices)
 * @param dpiaReviewInterval     the time from DPIA sign-off to its review (12 months)
 * @param dpoMustApproveDpias    true to require the DPO among a DPIA's approvers (S0); false by default (advice only)
 * @param agreementReview        the sharing agreement review rule (12 months, 30-day triggers)
 * @param dspt                   the DSPT rule (SIRO and CEO sign off)
 */
public record AssuranceOptions(OrganisationProfile profile, PolicyReviewRule policyReview, CoverageRule coverage,
        TrainingRule training, DpiaScreener screener, Period dpiaReviewInterval, boolean dpoMustApproveDpias,
        AgreementReviewRule agreementReview, DsptRule dspt) {
    public AssuranceOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(policyReview, "policyReview");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(screener, "screener");
        if (dpiaReviewInterval == null || dpiaReviewInterval.isNegative() || dpiaReviewInterval.isZero()) {
            throw new ValidationException("dpiaReviewInterval", "must be a positive period, e.g. P12M",
                    dpiaReviewInterval);
        }
        Objects.requireNonNull(agreementReview, "agreementReview");
        Objects.requireNonNull(dspt, "dspt");
    }

    /** The spec's defaults for a body of {@code profile}; a school counts attestations by academic year. */
    public static AssuranceOptions defaultsFor(OrganisationProfile profile) {
        CoverageRule coverage = profile.type() == OrganisationProfile.Type.SCHOOL ? CoverageRule.forSchools()
                : CoverageRule.withDefaults();
        return new AssuranceOptions(profile, PolicyReviewRule.withDefaults(), coverage, TrainingRule.withDefaults(),
                DpiaScreener.withDefaults(), Period.ofMonths(12), false, AgreementReviewRule.withDefaults(),
                DsptRule.withDefaults());
    }

    /** A copy with another training rule. */
    public AssuranceOptions withTraining(TrainingRule rule) {
        return new AssuranceOptions(profile, policyReview, coverage, rule, screener, dpiaReviewInterval,
                dpoMustApproveDpias, agreementReview, dspt);
    }

    /** A copy with another coverage rule. */
    public AssuranceOptions withCoverage(CoverageRule rule) {
        return new AssuranceOptions(profile, policyReview, rule, training, screener, dpiaReviewInterval,
                dpoMustApproveDpias, agreementReview, dspt);
    }

    /** A copy with another screening rule. */
    public AssuranceOptions withScreener(DpiaScreener rule) {
        return new AssuranceOptions(profile, policyReview, coverage, training, rule, dpiaReviewInterval,
                dpoMustApproveDpias, agreementReview, dspt);
    }

    /** A copy requiring (or not) the DPO among DPIA approvers. */
    public AssuranceOptions withDpoMustApproveDpias(boolean required) {
        return new AssuranceOptions(profile, policyReview, coverage, training, screener, dpiaReviewInterval, required,
                agreementReview, dspt);
    }

    /** A copy with another DSPT rule. */
    public AssuranceOptions withDspt(DsptRule rule) {
        return new AssuranceOptions(profile, policyReview, coverage, training, screener, dpiaReviewInterval,
                dpoMustApproveDpias, agreementReview, rule);
    }

    /** A copy with another policy review rule. */
    public AssuranceOptions withPolicyReview(PolicyReviewRule rule) {
        return new AssuranceOptions(profile, rule, coverage, training, screener, dpiaReviewInterval,
                dpoMustApproveDpias, agreementReview, dspt);
    }

    /** A copy with another agreement review rule. */
    public AssuranceOptions withAgreementReview(AgreementReviewRule rule) {
        return new AssuranceOptions(profile, policyReview, coverage, training, screener, dpiaReviewInterval,
                dpoMustApproveDpias, rule, dspt);
    }
}
