package org.igkit.testkit.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Mitigation;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.ReportDetails;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.facts.TierOverride;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.Notification;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.breach.log.Recipient;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BreachRepository} adapter must do. Extend it and return a fresh, empty repository from
 * {@link #newRepository()}. A record must read back {@code equals} to the one saved (every field, the assessments
 * with their facts and explanations, the offsets of date-times), and lists must be ordered by awareness instant, then
 * id.
 */
public abstract class BreachRepositoryContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final BreachAssessor ASSESSOR = BreachAssessor.withDefaults(CLOCK);
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2024-03-29T16:00:00Z");

    /** A new, empty repository; called once before each test. */
    protected abstract BreachRepository newRepository();

    private BreachRepository repository;

    @BeforeEach
    void freshRepository() {
        repository = newRepository();
    }

    /** Facts aware at {@code awareness}; {@code risky} decides whether the breach is reportable (ENISA MEDIUM). */
    protected static BreachFacts facts(OffsetDateTime awareness, boolean risky) {
        return BreachFacts.builder(awareness)
                .regimes(Regime.UK_GDPR, Regime.NHS_DSPT)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(new EnisaInput(null, List.of(risky
                        ? CategoryScore.adjusted(DataCategory.SIMPLE, 2, "profiling possible")
                        : CategoryScore.basic(DataCategory.SIMPLE)), Quarters.ofWhole(1), Quarters.ZERO,
                        Quarters.ZERO, Quarters.ZERO, false))
                .individuals(12)
                .exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE)
                .dspt(DsptGrade.of(1, 2))
                .build();
    }

    /** A new unsaved record aware at {@code awareness}. */
    protected static BreachRecord aRecord(String id, OffsetDateTime awareness, boolean risky) {
        BreachFacts facts = facts(awareness, risky);
        return BreachRecord.open(id, "BR-" + id, "letter sent to the wrong address",
                RecordedAssessment.of(1, "dpo", facts, ASSESSOR.assess(facts)));
    }

    private static RecordedAssessment reassessment(BreachRecord record, BreachFacts facts) {
        return RecordedAssessment.of(record.assessments().size() + 1, "dpo", facts, ASSESSOR.assess(facts));
    }

    @Test
    void aNewRecordIsStoredAtVersionOneAndReadBackEqual() {
        BreachRecord saved = repository.save(aRecord("b-1", T0, true));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(repository.find("b-1")).contains(saved);
        assertThat(repository.get("b-1")).isEqualTo(saved);
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        BreachFacts rich = facts(OffsetDateTime.parse("2024-10-25T10:00:00+01:00"), true).toBuilder()
                .breachTypes(BreachType.CONFIDENTIALITY, BreachType.AVAILABILITY)
                .enisa(new EnisaInput(null, List.of(CategoryScore.adjusted(DataCategory.FINANCIAL, 4, "full card data"),
                        CategoryScore.basic(DataCategory.SIMPLE)), Quarters.ofQuarters(3), Quarters.ofQuarters(2),
                        Quarters.ZERO, Quarters.ofQuarters(1), true))
                .restorationHours(30).backupAvailable(true)
                .mitigation(Mitigation.verified(MitigationKind.CREDENTIALS_RESET, "all reset"))
                .override(TierOverride.of(RiskTier.HIGH_RISK, "the DPO's judgement"))
                .notifiedAt(OffsetDateTime.parse("2024-10-29T09:00:00Z")).reasonsForDelay("weekend")
                .report(new ReportDetails("described", "by a customer", OffsetDateTime.parse("2024-10-20T08:00:00+01:00"),
                        true, "customers", "card data", 1200L, "dpo@example.org", "fraud", "cards cancelled"))
                .build();
        BreachRecord record = aRecord("b-rich", T0, true);
        BreachRecord full = record.withAssessment(reassessment(record, rich))
                .withNotification(new Notification(Recipient.COMMISSIONER,
                        OffsetDateTime.parse("2024-10-29T09:00:00Z"), OffsetDateTime.parse("2024-10-28T09:00:00Z"),
                        "ICO-123", "weekend"))
                .withNotification(Notification.of(Recipient.DATA_SUBJECTS, OffsetDateTime.parse("2024-10-29T10:00:00Z"),
                        null, "letter"))
                .withActionTaken("cards cancelled").withActionTaken("staff retrained")
                .withLessonsLearned("check envelopes").closedAt(Instant.parse("2024-11-30T17:00:00Z"));

        BreachRecord saved = repository.save(full);

        assertThat(repository.get("b-rich")).isEqualTo(saved);
        assertThat(saved).isEqualTo(full.withVersion(1));
    }

    @Test
    void aReassessmentKeepsTheEarlierAssessments() {
        BreachRecord saved = repository.save(aRecord("b-2", T0, false));
        BreachRecord reassessed = repository.save(saved.withAssessment(reassessment(saved, facts(T0, true))));

        BreachRecord read = repository.get("b-2");
        assertThat(read.assessments()).hasSize(2);
        assertThat(read.assessments().get(0)).isEqualTo(saved.assessments().get(0));
        assertThat(read.assessments().get(1).finalTier()).isEqualTo(RiskTier.RISK);
        assertThat(read.version()).isEqualTo(reassessed.version()).isEqualTo(2);
    }

    @Test
    void savingAStaleCopyIsAConflict() {
        BreachRecord first = repository.save(aRecord("b-3", T0, true));
        repository.save(first.withActionTaken("recalled the email"));

        assertThatThrownBy(() -> repository.save(first.withActionTaken("something else")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(repository.get("b-3").actionsTaken()).containsExactly("recalled the email");
    }

    @Test
    void creatingAnExistingIdIsAConflict() {
        repository.save(aRecord("b-4", T0, true));

        assertThatThrownBy(() -> repository.save(aRecord("b-4", T0, false)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_EXISTS));
    }

    @Test
    void updatingAnUnknownIdIsNotFound() {
        assertThatThrownBy(() -> repository.save(aRecord("b-ghost", T0, true).withVersion(3)))
                .isInstanceOf(NotFoundException.class);
        assertThat(repository.find("b-ghost")).isEmpty();
        assertThatThrownBy(() -> repository.get("b-ghost")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listingByPeriodIsHalfOpen() {
        repository.save(aRecord("before", OffsetDateTime.parse("2024-03-31T23:59:59Z"), true));
        repository.save(aRecord("first", OffsetDateTime.parse("2024-04-01T00:00:00Z"), true));
        repository.save(aRecord("inside", OffsetDateTime.parse("2024-04-15T12:00:00+01:00"), false));
        repository.save(aRecord("end", OffsetDateTime.parse("2024-05-01T00:00:00Z"), true));

        Page<BreachRecord> april = repository.listAwareBetween(Instant.parse("2024-04-01T00:00:00Z"),
                Instant.parse("2024-05-01T00:00:00Z"), PageRequest.first());

        assertThat(april.items()).extracting(BreachRecord::id).containsExactly("first", "inside");
        assertThat(april.isLast()).isTrue();
    }

    @Test
    void listingOpenLeavesOutClosedRecords() {
        BreachRecord open = repository.save(aRecord("open", T0, false));
        BreachRecord toClose = repository.save(aRecord("closed", T0.plusHours(1), false));
        repository.save(toClose.withReasonNotNotifying("no risk: envelope returned unopened")
                .closedAt(Instant.parse("2024-04-02T10:00:00Z")));

        assertThat(repository.listOpen(PageRequest.first()).items()).containsExactly(open);
    }

    @Test
    void listingReportableFollowsTheLatestAssessment() {
        repository.save(aRecord("reportable", T0, true));
        BreachRecord quiet = repository.save(aRecord("quiet", T0.plusMinutes(5), false));

        assertThat(repository.listReportable(PageRequest.first()).items()).extracting(BreachRecord::id)
                .containsExactly("reportable");

        repository.save(quiet.withAssessment(reassessment(quiet, facts(T0.plusMinutes(5), true))));
        assertThat(repository.listReportable(PageRequest.first()).items()).extracting(BreachRecord::id)
                .containsExactly("reportable", "quiet");
    }

    @Test
    void pagesWalkTheWholeListInOrderWithoutRepeats() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // several records share an awareness instant (shown with different offsets): the id breaks the tie
            OffsetDateTime aware = T0.plusHours(i / 3).withOffsetSameInstant(ZoneOffset.ofHours(i % 3));
            String id = String.format("r-%02d", 24 - i);
            repository.save(aRecord(id, aware, i % 2 == 0));
        }
        for (int hour = 0; hour <= 8; hour++) {
            List<String> sameHour = new ArrayList<>();
            for (int i = hour * 3; i < Math.min(25, hour * 3 + 3); i++) {
                sameHour.add(String.format("r-%02d", 24 - i));
            }
            sameHour.sort(null);
            expected.addAll(sameHour);
        }

        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(10);
        int pages = 0;
        while (true) {
            Page<BreachRecord> found = repository.listAwareBetween(T0.toInstant(), T0.toInstant().plusSeconds(86_400),
                    page);
            pages++;
            found.items().forEach(r -> seen.add(r.id()));
            if (found.isLast()) {
                break;
            }
            page = PageRequest.after(found.nextCursor(), 10);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aMalformedCursorIsRefusedOnAfter() {
        repository.save(aRecord("b-5", T0, true));

        assertThatThrownBy(() -> repository.listOpen(PageRequest.after("not a cursor", 10)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("after"));
    }

    @Test
    void concurrentUpdatesOfOneVersionLetExactlyOneWin() throws Exception {
        BreachRecord saved = repository.save(aRecord("b-race", T0, true));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String action = "action " + i;
                attempts.add(() -> {
                    try {
                        repository.save(saved.withActionTaken(action));
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                });
            }
            int wins = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                wins += result.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
            assertThat(repository.get("b-race").version()).isEqualTo(2);
            assertThat(repository.get("b-race").actionsTaken()).hasSize(1);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
