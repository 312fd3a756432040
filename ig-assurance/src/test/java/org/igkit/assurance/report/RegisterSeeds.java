package org.igkit.assurance.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.igkit.breach.assessment.AssessmentPolicy;
import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.Notification;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.breach.log.Recipient;
import org.igkit.core.Nation;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.RequesterCategory;
import org.igkit.requests.regime.RegimeId;
import org.igkit.retention.calculation.Status;
import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalBatch;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;

/** Records of the other registers, built field by field so that a test can say exactly what each one is. */
final class RegisterSeeds {
    private static final BreachAssessor ASSESSOR = BreachAssessor.of(AssessmentPolicy.defaults(),
            java.time.Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), java.time.ZoneOffset.UTC));
    private static final EntryRef ENTRY = EntryRef.of("school", "C1");

    private RegisterSeeds() {
    }

    /** A request under {@code regime} received on {@code received}, due on {@code due}, closed on {@code closed} or open. */
    static InformationRequest request(String id, RegimeId regime, LocalDate received, LocalDate due, LocalDate closed) {
        return new InformationRequest(id, regime, Nation.ENGLAND, "REF-" + id, RequesterCategory.MEMBER_OF_PUBLIC,
                received, List.of(), null, due, closed, closed == null ? null : Outcome.GRANTED, 0);
    }

    /** A breach aware at {@code awareness}; reportable when {@code risky}; notified to the ICO at {@code notified}. */
    static BreachRecord breach(String id, String awareness, boolean risky, String notified) {
        OffsetDateTime aware = OffsetDateTime.parse(awareness);
        BreachFacts facts = BreachFacts.builder(aware)
                .regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(new EnisaInput(null, List.of(risky
                        ? CategoryScore.adjusted(DataCategory.SIMPLE, 2, "profiling possible")
                        : CategoryScore.basic(DataCategory.SIMPLE)), Quarters.ofWhole(1), Quarters.ZERO,
                        Quarters.ZERO, Quarters.ZERO, false))
                .individuals(12)
                .exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE)
                .dspt(DsptGrade.of(1, 2))
                .build();
        BreachRecord record = BreachRecord.open(id, "BR-" + id, "letter sent to the wrong address",
                RecordedAssessment.of(1, "dpo", facts, ASSESSOR.assess(facts)));
        if (notified == null) {
            return record;
        }
        OffsetDateTime at = OffsetDateTime.parse(notified);
        OffsetDateTime deadline = aware.plusHours(72);
        String reasons = at.isAfter(deadline) ? "the letter was found only on a later audit" : null;
        return record.withNotification(new Notification(Recipient.COMMISSIONER, at, deadline, "ICO-" + id, reasons));
    }

    /** A record due for disposal on {@code due}, not disposed of. */
    static RetainedRecord dueRecord(String id, LocalDate due) {
        return new RetainedRecord(id, ENTRY, RecordFacts.none(), List.of(), due, Status.DUE, due, null, 0);
    }

    /** An executed batch disposing of {@code recordIds} at {@code executedAt}. */
    static DisposalBatch executedBatch(String id, String executedAt, String... recordIds) {
        Instant at = Instant.parse(executedAt);
        List<CertifiedDisposal> disposed = java.util.Arrays.stream(recordIds)
                .map(r -> new CertifiedDisposal(new DisposalCandidate(r, ENTRY, "closed + 6y", List.of(),
                        DisposalAction.DESTROY, LocalDate.of(2020, 1, 1)), at)).toList();
        DisposalCertificate certificate = new DisposalCertificate(id, disposed, List.of(), "rm", at.minusSeconds(60),
                "rm", at, DisposalCertificate.digestOf(id, disposed));
        return new DisposalBatch(id, LocalDate.of(2025, 1, 1), disposed.stream().map(CertifiedDisposal::candidate).toList(),
                org.igkit.retention.disposal.BatchState.EXECUTED, "rm", at.minusSeconds(60), certificate, 0);
    }
}
