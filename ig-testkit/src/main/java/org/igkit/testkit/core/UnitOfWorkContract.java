package org.igkit.testkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.breach.port.BreachRepository;
import org.igkit.core.audit.AuditEntry;
import org.igkit.core.audit.AuditEvent;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.port.AuditLog;
import org.igkit.core.port.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a store's {@link UnitOfWork} must do: every port call of the store made on the same thread inside
 * {@code run} is one transaction, so a change and its audit entry commit together or not at all, and the audit
 * chain never holds an entry whose change was rolled back (nor misses one whose change was kept). Extend it and
 * return, from {@link #newStore()}, a fresh store's unit of work, audit log and breach repository (the breach log
 * stands for every register: the unit is the store's, not the repository's).
 *
 * <p>Ports held in memory have no transactions; their {@link UnitOfWork#serialised()} runs units one at a time
 * and rolls nothing back. Their test overrides {@link #rollsBack()} to return false, and the tests that throw
 * part-way then check the documented behaviour instead: what was written before the throw stays.
 */
public abstract class UnitOfWorkContract {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final BreachAssessor ASSESSOR = BreachAssessor.withDefaults(CLOCK);
    private static final OffsetDateTime AWARE = OffsetDateTime.parse("2024-05-31T16:00:00Z");

    /**
     * A fresh store's ports sharing one unit of work.
     *
     * @param unitOfWork the store's unit of work
     * @param auditLog   the store's audit log
     * @param breaches   the store's breach log
     */
    protected record StorePorts(UnitOfWork unitOfWork, AuditLog auditLog, BreachRepository breaches) {
        public StorePorts {
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(auditLog, "auditLog");
            Objects.requireNonNull(breaches, "breaches");
        }
    }

    /** A new, empty store; called once before each test. */
    protected abstract StorePorts newStore();

    /** Whether a unit whose work throws is rolled back: true for every store with transactions. */
    protected boolean rollsBack() {
        return true;
    }

    private UnitOfWork unit;
    private AuditLog audit;
    private BreachRepository breaches;

    @BeforeEach
    void freshStore() {
        StorePorts store = newStore();
        unit = store.unitOfWork();
        audit = store.auditLog();
        breaches = store.breaches();
    }

    /** A new, unsaved breach record. */
    private static BreachRecord aBreach(String id) {
        BreachFacts facts = BreachFacts.builder(AWARE)
                .regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(new EnisaInput(null, List.of(CategoryScore.basic(DataCategory.SIMPLE)), Quarters.ofWhole(1),
                        Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false))
                .individuals(3)
                .exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE)
                .dspt(DsptGrade.of(1, 2))
                .build();
        return BreachRecord.open(id, "BR-" + id, "letter sent to the wrong address",
                RecordedAssessment.of(1, "dpo", facts, ASSESSOR.assess(facts)));
    }

    private static AuditEvent logged(String id) {
        return AuditEvent.of("dpo", "breach.logged", CLOCK.instant(), BreachRecord.TYPE, id);
    }

    /** The change and its entry, in one unit. */
    private BreachRecord logBreach(String id) {
        return unit.run("logging breach " + id, () -> {
            BreachRecord saved = breaches.save(aBreach(id));
            audit.append(logged(id));
            return saved;
        });
    }

    @Test
    @DisplayName("a change and its audit entry made in one unit are both kept, and the unit's result is returned")
    void aUnitThatReturnsKeepsTheChangeAndItsEntry() {
        BreachRecord saved = logBreach("b-1");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(breaches.find("b-1")).contains(saved);
        assertThat(audit.forSubject(BreachRecord.TYPE, "b-1")).extracting(e -> e.event().action())
                .containsExactly("breach.logged");
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("work that throws after the change and its entry leaves neither, and the chain still verifies")
    void aUnitThatThrowsAfterBothCallsLeavesNeither() {
        logBreach("b-0");
        IllegalStateException crash = new IllegalStateException("the process died here");

        assertThatThrownBy(() -> unit.run("logging breach b-1", () -> {
            breaches.save(aBreach("b-1"));
            audit.append(logged("b-1"));
            throw crash;
        })).isSameAs(crash);

        if (rollsBack()) {
            assertThat(breaches.find("b-1")).isEmpty();
            assertThat(audit.forSubject(BreachRecord.TYPE, "b-1")).isEmpty();
            assertThat(audit.size()).isEqualTo(1);
        } else {
            // in memory nothing is rolled back: both calls made before the throw stay, together
            assertThat(breaches.find("b-1")).isPresent();
            assertThat(audit.forSubject(BreachRecord.TYPE, "b-1")).hasSize(1);
        }
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("after a rolled-back unit the next entry continues the chain without a gap")
    void theChainContinuesAfterARolledBackUnit() {
        logBreach("b-0");
        assertThatThrownBy(() -> unit.execute("logging breach b-1", () -> {
            breaches.save(aBreach("b-1"));
            audit.append(logged("b-1"));
            throw new IllegalStateException("stopped");
        })).isInstanceOf(IllegalStateException.class);

        logBreach("b-2");

        List<Long> sequences = audit.read(PageRequest.first(10)).items().stream()
                .map(AuditEntry::sequence).toList();
        assertThat(sequences).containsExactly(rollsBack() ? new Long[] {1L, 2L} : new Long[] {1L, 2L, 3L});
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("an entry appended before the change is refused goes with it: a conflict leaves no entry")
    void anEntryBeforeARefusedChangeIsRolledBackWithIt() {
        logBreach("b-1");

        assertThatThrownBy(() -> unit.run("logging breach b-1 again", () -> {
            audit.append(logged("b-1"));
            return breaches.save(aBreach("b-1"));
        })).isInstanceOf(ConflictException.class);

        assertThat(audit.forSubject(BreachRecord.TYPE, "b-1")).hasSize(rollsBack() ? 1 : 2);
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("a unit nested in another joins it: the outer unit's failure rolls back the inner unit's writes")
    void aNestedUnitJoinsTheOuterOne() {
        assertThatThrownBy(() -> unit.execute("outer", () -> {
            BreachRecord inner = unit.run("inner", () -> breaches.save(aBreach("b-1")));
            assertThat(inner.version()).isEqualTo(1);
            audit.append(logged("b-1"));
            throw new IllegalStateException("the outer unit fails after the inner one returned");
        })).hasMessageContaining("outer unit fails");

        if (rollsBack()) {
            assertThat(breaches.find("b-1")).isEmpty();
            assertThat(audit.size()).isZero();
        } else {
            assertThat(breaches.find("b-1")).isPresent();
        }
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("a nested unit's result is the outer unit's to use, and both commit once the outer one returns")
    void nestedUnitsCommitTogether() {
        BreachRecord saved = unit.run("outer", () -> {
            BreachRecord inner = unit.run("inner", () -> breaches.save(aBreach("b-1")));
            unit.execute("inner entry", () -> audit.append(logged(inner.id())));
            return inner;
        });

        assertThat(breaches.get("b-1")).isEqualTo(saved);
        assertThat(audit.forSubject(BreachRecord.TYPE, "b-1")).hasSize(1);
    }

    @Test
    @DisplayName("inside a unit the work reads its own writes: the saved record and the entry are there")
    void aUnitReadsItsOwnWrites() {
        unit.execute("logging and reading back", () -> {
            BreachRecord saved = breaches.save(aBreach("b-1"));
            audit.append(logged("b-1"));
            assertThat(breaches.find("b-1")).contains(saved);
            assertThat(audit.size()).isEqualTo(1);
            assertThat(audit.forSubject(BreachRecord.TYPE, "b-1")).hasSize(1);
        });
    }

    @Test
    @DisplayName("the work's own exception reaches the caller unchanged, field violations and all")
    void theWorksExceptionReachesTheCallerUnchanged() {
        ValidationException refused = new ValidationException("reference", "must not be blank", " ");

        assertThatThrownBy(() -> unit.run("refusing", () -> {
            breaches.save(aBreach("b-1"));
            throw refused;
        })).isSameAs(refused);
    }

    @Test
    @DisplayName("units on eight threads at once: every change kept has its entry, and the chain is one chain")
    void concurrentUnitsEachKeepTheirChangeWithItsEntry() throws Exception {
        int threads = 8;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String id = "b-" + thread + "-" + i;
                        if (i % 5 == 4) {
                            // every fifth unit fails after both calls: neither may be kept
                            try {
                                unit.execute("failing " + id, () -> {
                                    breaches.save(aBreach(id));
                                    audit.append(logged(id));
                                    throw new IllegalStateException("stopped");
                                });
                            } catch (IllegalStateException expected) {
                                // the unit's own failure
                            }
                        } else {
                            logBreach(id);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        int kept = 0;
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                String id = "b-" + t + "-" + i;
                boolean stored = breaches.find(id).isPresent();
                int entries = audit.forSubject(BreachRecord.TYPE, id).size();
                assertThat(entries).as("entries of %s", id).isEqualTo(stored ? 1 : 0);
                boolean failing = i % 5 == 4;
                assertThat(stored).as("%s stored", id).isEqualTo(!failing || !rollsBack());
                kept += stored ? 1 : 0;
            }
        }
        assertThat(audit.size()).isEqualTo(kept);
        assertThat(audit.verify().isIntact()).isTrue();
    }
}
