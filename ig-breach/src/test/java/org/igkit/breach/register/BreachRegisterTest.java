package org.igkit.breach.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.ReportDetails;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.BreachStatus;
import org.igkit.breach.log.Recipient;
import org.igkit.breach.memory.InMemoryBreachRepository;
import org.igkit.breach.assessment.ChecklistItem;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The breach log as a service: Art 33(5) logging, re-assessment, notifications, closure and board statistics. */
class BreachRegisterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime AWARE = OffsetDateTime.parse("2024-03-29T16:00:00Z");

    private BreachRegister register;

    private final InMemoryAuditLog audit = InMemoryAuditLog.create();

    @BeforeEach
    void freshRegister() {
        register = BreachRegister.of(InMemoryBreachRepository.create(), BreachAssessor.withDefaults(CLOCK), audit, CLOCK);
    }

    private static BreachFacts facts(OffsetDateTime awareness, int dpc, BreachType type) {
        Quarters c = type == BreachType.CONFIDENTIALITY ? Quarters.ofQuarters(1) : Quarters.ZERO;
        Quarters a = type == BreachType.AVAILABILITY ? Quarters.ofQuarters(1) : Quarters.ZERO;
        return BreachFacts.builder(awareness).regimes(Regime.UK_GDPR).breachTypes(type)
                .enisa(EnisaInput.of(dpc, Quarters.ofWhole(1), c, Quarters.ZERO, a, false)).individuals(5)
                .exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE).build();
    }

    @Test
    @DisplayName("UK GDPR Art 33(5): a breach that need not be reported is still logged, with its reasoning")
    void unreportedBreachIsLogged() {
        BreachRecord logged = register.log("b-1", "BR-2024-001", "envelope returned unopened",
                facts(AWARE, 1, BreachType.CONFIDENTIALITY), "dpo");

        assertThat(logged.version()).isEqualTo(1);
        assertThat(logged.isReportable()).isFalse();
        assertThat(logged.latest().explanation().toString()).contains("Art 33(5)");
        assertThat(logged.latest().assessedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    @DisplayName("ICO: reassess when new information comes to light; the earlier assessment stays")
    void reassessmentKeepsHistory() {
        BreachRecord logged = register.log("b-2", "BR-2024-002", "", facts(AWARE, 1, BreachType.CONFIDENTIALITY),
                "dpo");
        BreachRecord reassessed = register.reassess("b-2", logged.version(), facts(AWARE, 2,
                BreachType.CONFIDENTIALITY), "dpo");

        assertThat(reassessed.assessments()).extracting(a -> a.finalTier())
                .containsExactly(RiskTier.NO_RISK, RiskTier.RISK);
        assertThat(reassessed.isReportable()).isTrue();
    }

    @Test
    @DisplayName("A change made to a stale version is refused")
    void staleVersionRefused() {
        register.log("b-3", "BR-2024-003", "", facts(AWARE, 2, BreachType.CONFIDENTIALITY), "dpo");
        register.recordAction("b-3", 1, "email recalled");

        assertThatThrownBy(() -> register.recordAction("b-3", 1, "again"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
    }

    @Test
    @DisplayName("UK GDPR Art 33(1): a late notification to the Commissioner without reasons is refused; with them "
            + "it is recorded as late")
    void lateNotificationNeedsReasons() {
        register.log("b-4", "BR-2024-004", "", facts(AWARE, 2, BreachType.CONFIDENTIALITY), "dpo");
        OffsetDateTime late = OffsetDateTime.parse("2024-04-01T17:00:01+01:00");

        assertThatThrownBy(() -> register.recordNotification("b-4", 1, Recipient.COMMISSIONER, late, "", null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("reasonsForDelay"));
        BreachRecord recorded = register.recordNotification("b-4", 1, Recipient.COMMISSIONER, late, "ICO-1",
                "awaited forensic confirmation");
        assertThat(recorded.isReportedLate()).isTrue();
    }

    @Test
    @DisplayName("Exactly at the deadline the notification is on time and needs no reasons")
    void onTimeAtTheDeadline() {
        register.log("b-5", "BR-2024-005", "", facts(AWARE, 2, BreachType.CONFIDENTIALITY), "dpo");
        BreachRecord recorded = register.recordNotification("b-5", 1, Recipient.COMMISSIONER,
                OffsetDateTime.parse("2024-04-01T17:00:00+01:00"), "ICO-2", null);
        assertThat(recorded.isReportedLate()).isFalse();
    }

    @Test
    @DisplayName("A reportable breach cannot be closed before the Commissioner is notified; one not reported needs "
            + "the reason recorded")
    void closingRules() {
        register.log("b-6", "BR-2024-006", "", facts(AWARE, 2, BreachType.CONFIDENTIALITY), "dpo");
        assertThatThrownBy(() -> register.close("b-6", 1)).isInstanceOf(ConflictException.class);

        register.log("b-7", "BR-2024-007", "", facts(AWARE, 1, BreachType.CONFIDENTIALITY), "dpo");
        assertThatThrownBy(() -> register.close("b-7", 1)).isInstanceOf(ConflictException.class);
        register.recordReasonNotNotifying("b-7", 1, "unlikely to result in a risk: returned unopened");
        register.recordLessonsLearned("b-7", 2, "double-check addresses");
        BreachRecord closed = register.close("b-7", 3);
        assertThat(closed.status()).isEqualTo(BreachStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(CLOCK.instant());
        assertThatThrownBy(() -> register.recordAction("b-7", 4, "late action")).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("Board statistics: by type and tier, reported, late, and the median hours from awareness to report")
    void boardStatistics() {
        register.log("s-1", "S1", "", facts(AWARE, 2, BreachType.CONFIDENTIALITY), "dpo");
        register.recordNotification("s-1", 1, Recipient.COMMISSIONER, AWARE.plusHours(10), "", null);
        register.log("s-2", "S2", "", facts(AWARE.plusDays(1), 2, BreachType.AVAILABILITY), "dpo");
        register.recordNotification("s-2", 1, Recipient.COMMISSIONER, AWARE.plusDays(1).plusHours(80), "",
                "systems down");
        register.log("s-3", "S3", "", facts(AWARE.plusDays(2), 2, BreachType.CONFIDENTIALITY), "dpo");
        register.recordNotification("s-3", 1, Recipient.COMMISSIONER, AWARE.plusDays(2).plusHours(30), "", null);
        register.log("s-4", "S4", "", facts(AWARE.plusDays(3), 1, BreachType.CONFIDENTIALITY), "dpo");
        register.log("s-5", "S5", "", facts(AWARE.plusDays(4), 2, BreachType.CONFIDENTIALITY), "dpo");
        register.log("outside", "X", "", facts(AWARE.plusDays(60), 2, BreachType.CONFIDENTIALITY), "dpo");

        BoardStatistics stats = register.statistics(Instant.parse("2024-03-01T00:00:00Z"),
                Instant.parse("2024-04-06T00:00:00Z"));

        assertThat(stats.total()).isEqualTo(5);
        assertThat(stats.byType()).containsEntry(BreachType.CONFIDENTIALITY, 4L)
                .containsEntry(BreachType.AVAILABILITY, 1L).containsEntry(BreachType.INTEGRITY, 0L);
        assertThat(stats.byTier()).containsEntry(RiskTier.RISK, 4L).containsEntry(RiskTier.NO_RISK, 1L)
                .containsEntry(RiskTier.HIGH_RISK, 0L);
        assertThat(stats.reportable()).isEqualTo(4);
        assertThat(stats.reported()).isEqualTo(3);
        assertThat(stats.reportedLate()).isEqualTo(1);
        assertThat(stats.reportableNotReported()).isEqualTo(1);
        assertThat(stats.medianAwarenessToReport()).isEqualTo(Duration.ofHours(30));
        assertThat(stats.findMedianHoursToReport()).contains(new BigDecimal("30.00"));
    }

    @Test
    @DisplayName("With an even number of reports the median is the mean of the middle two; with none it is absent")
    void medianOfEvenCountAndEmpty() {
        register.log("m-1", "M1", "", facts(AWARE, 2, BreachType.CONFIDENTIALITY), "dpo");
        register.recordNotification("m-1", 1, Recipient.COMMISSIONER, AWARE.plusHours(3), "", null);
        register.log("m-2", "M2", "", facts(AWARE.plusHours(1), 2, BreachType.CONFIDENTIALITY), "dpo");
        register.recordNotification("m-2", 1, Recipient.COMMISSIONER, AWARE.plusHours(1).plusHours(6), "", null);

        assertThat(register.statistics(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"))
                .medianAwarenessToReport()).isEqualTo(Duration.ofMinutes(270));
        assertThat(register.statistics(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z"))
                .findMedianAwarenessToReport()).isEmpty();
        assertThatThrownBy(() -> BoardStatistics.of(Instant.EPOCH, Instant.EPOCH, java.util.List.of()))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("UK GDPR Art 33(3)-(4): the report of a logged breach is filled from its latest facts, and lists what may follow in phases")
    void reportOfTheLatestAssessment() {
        BreachRecord logged = register.log("b-9", "BR-2024-009", "class list emailed to the wrong parents",
                facts(AWARE, 2, BreachType.CONFIDENTIALITY), "dpo");
        BreachFacts known = BreachFacts.builder(AWARE).regimes(Regime.UK_GDPR).breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(EnisaInput.of(2, Quarters.ofWhole(1), Quarters.ofQuarters(1), Quarters.ZERO, Quarters.ZERO,
                        false)).individuals(30).exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE)
                .report(new ReportDetails("class list emailed to 30 parents", "a parent phoned the school", null,
                        false, "pupils", "names, SEN status", 30L, null, null, "recall requested"))
                .build();
        register.reassess("b-9", logged.version(), known, "dpo");

        BreachReport report = register.report("b-9");

        assertThat(report.breachId()).isEqualTo("b-9");
        assertThat(report.reference()).isEqualTo("BR-2024-009");
        assertThat(report.assessmentNumber()).isEqualTo(2);
        assertThat(report.form().description()).isEqualTo("class list emailed to 30 parents");
        assertThat(report.form().discoveredAt().toInstant()).isEqualTo(AWARE.toInstant());
        assertThat(report.form().approximateDataSubjects()).isEqualTo(30);
        assertThat(report.form().categoriesOfDataSubjects()).isEqualTo("pupils");
        assertThat(report.form().measuresTaken()).isEqualTo("recall requested");
        assertThat(report.form().breachTypes()).containsExactly("CONFIDENTIALITY");
        assertThat(report.form().reportType()).isEqualTo("INITIAL");
        assertThat(report.missing()).extracting(ChecklistItem::item).containsExactly(
                "name and contact details of the DPO or other contact point", "likely consequences of the breach");
        assertThat(report.isComplete()).isFalse();
        assertThat(audit.size()).as("reading the report audits nothing").isEqualTo(2);
    }

    @Test
    @DisplayName("The report of a breach never logged is not found")
    void reportOfAnUnknownBreach() {
        assertThatThrownBy(() -> register.report("nope")).isInstanceOf(NotFoundException.class);
    }
}
