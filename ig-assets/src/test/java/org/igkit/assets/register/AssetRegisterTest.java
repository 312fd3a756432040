package org.igkit.assets.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.igkit.assets.AssetId;
import org.igkit.assets.AssetWarning;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.LawfulBasis;
import org.igkit.assets.Organisation;
import org.igkit.assets.ReviewList;
import org.igkit.core.error.ConflictException;
import org.igkit.assets.memory.InMemoryAssetRepository;
import org.igkit.core.memory.InMemoryAuditLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The register service over the in-memory store. */
class AssetRegisterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Europe/London"));

    private final InMemoryAuditLog audit = InMemoryAuditLog.create();
    private final AssetRegister register = AssetRegister.of(InMemoryAssetRepository.create(), audit, CLOCK);

    @Test
    @DisplayName("Saving an entry stores it, audits it and returns today's warnings")
    void registeringSavesAuditsAndChecks() {
        AssetRegister.Registration first = register.register(asset("HR-001", LocalDate.of(2026, 1, 1)), "dpo");
        AssetRegister.Registration second = register.register(first.asset().withReviewDate(LocalDate.of(2027, 1, 1)),
                "dpo");

        assertThat(first.asset().version()).isEqualTo(1);
        assertThat(first.check().has(AssetWarning.Kind.REVIEW_DATE_PASSED)).isTrue();
        assertThat(second.asset().version()).isEqualTo(2);
        assertThat(second.check().has(AssetWarning.Kind.REVIEW_DATE_PASSED)).isFalse();
        assertThat(audit.forSubject(AssetRegister.AUDIT_SUBJECT, "HR-001")).extracting(e -> e.event().action())
                .containsExactly("asset.added", "asset.replaced");
        assertThat(audit.verify().isIntact()).isTrue();
    }

    @Test
    @DisplayName("A stale save is a conflict and leaves no audit event")
    void aStaleSaveIsRefusedAndNotAudited() {
        InformationAsset stored = register.register(asset("HR-001", LocalDate.of(2027, 1, 1)), "dpo").asset();
        register.register(stored.withReviewDate(LocalDate.of(2027, 6, 1)), "iao");

        assertThatThrownBy(() -> register.register(stored.withReviewDate(LocalDate.of(2028, 1, 1)), "clerk"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(audit.forSubject(AssetRegister.AUDIT_SUBJECT, "HR-001")).extracting(e -> e.event().actor())
                .containsExactly("dpo", "iao");
    }

    @Test
    @DisplayName("The views read every page of the register")
    void viewsReadTheWholeRegister() {
        for (int i = 0; i < 1005; i++) {
            register.register(asset(String.format("A-%04d", i), LocalDate.of(2026, 11, 21)), "dpo");
        }
        ReviewList due = register.reviewList();
        assertThat(due.items()).hasSize(2 * 1005);
        assertThat(register.recordOfProcessing(Organisation.of("Council", "Town Hall")).controllerSheet().rows())
                .hasSize(1005);
        assertThat(register.publicRegister().entries()).hasSize(1005);
        assertThat(register.check(AssetId.of("A-0000")).asOf()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    private static InformationAsset asset(String id, LocalDate review) {
        return InformationAsset.builder(AssetId.of(id), "Asset " + id).businessArea("HR").assetOwner("Director")
                .dataOwner("Manager").personalData(true).purposes("staff administration")
                .lawfulBases(LawfulBasis.CONTRACT).dataSubjectCategories("employees").reviewDate(review).build();
    }
}
