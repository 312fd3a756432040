package org.igkit.testkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.igkit.assets.AssetField;
import org.igkit.assets.AssetFormat;
import org.igkit.assets.AssetId;
import org.igkit.assets.AssetQuery;
import org.igkit.assets.AssetStatus;
import org.igkit.assets.DpiaRecord;
import org.igkit.assets.FlowFrequency;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.InformationFlow;
import org.igkit.assets.InternationalTransfer;
import org.igkit.assets.LawfulBasis;
import org.igkit.assets.ProcessingRole;
import org.igkit.assets.RetentionReference;
import org.igkit.assets.SecurityClassification;
import org.igkit.assets.SpecialCategoryCondition;
import org.igkit.assets.TransferSafeguard;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.assets.port.AssetRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssetRepository} adapter must do: store every field of an asset exactly, keep the
 * optimistic-locking convention, and search and page in id order. Extend it and return a fresh, empty repository
 * from {@link #newRepository()}.
 */
public abstract class AssetRepositoryContract {
    private static final LocalDate REVIEW = LocalDate.of(2026, 6, 30);

    /** A new, empty repository; called once before each test. */
    protected abstract AssetRepository newRepository();

    private AssetRepository repository;

    @BeforeEach
    void freshRepository() {
        repository = newRepository();
    }

    @Test
    void anEmptyRegisterFindsNothing() {
        assertThat(repository.find(AssetId.of("HR-001"))).isEmpty();
        assertThatThrownBy(() -> repository.get(AssetId.of("HR-001"))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("HR-001");
        assertThat(repository.search(AssetQuery.all(), PageRequest.first()).items()).isEmpty();
    }

    @Test
    void aNewAssetIsStoredAsVersionOne() {
        InformationAsset saved = repository.save(simple("HR-001").build());

        assertThat(saved.version()).isEqualTo(1);
        assertThat(repository.get(AssetId.of("HR-001"))).isEqualTo(saved);
    }

    @Test
    void everyFieldReadsBackExactlyAsSaved() {
        InformationAsset full = fullyPopulated();
        InformationAsset saved = repository.save(full);

        assertThat(saved).isEqualTo(full.withVersion(1));
        assertThat(repository.get(full.id())).isEqualTo(saved);
    }

    @Test
    void anAssetWithOnlyTheRequiredFieldsReadsBackWithItsAbsencesIntact() {
        InformationAsset bare = InformationAsset.builder(AssetId.of("EST-001"), "Building plans")
                .businessArea("Estates").assetOwner("Head of Estates").dataOwner("Records officer").build();
        repository.save(bare);

        InformationAsset read = repository.get(bare.id());
        assertThat(read).isEqualTo(bare.withVersion(1));
        assertThat(read.description()).isNull();
        assertThat(read.retention()).isNull();
        assertThat(read.dpia()).isNull();
        assertThat(read.reviewDate()).isNull();
        assertThat(read.purposes()).isEmpty();
    }

    @Test
    void savingTheCurrentVersionStoresTheChangeAndIncrementsTheVersion() {
        InformationAsset first = repository.save(simple("HR-001").build());
        InformationAsset second = repository.save(first.toBuilder().name("Personnel files (new system)").build());

        assertThat(second.version()).isEqualTo(2);
        assertThat(repository.get(first.id()).name()).isEqualTo("Personnel files (new system)");
    }

    @Test
    void savingAStaleCopyIsAConflictAndChangesNothing() {
        InformationAsset first = repository.save(simple("HR-001").build());
        repository.save(first.toBuilder().name("Changed by someone else").build());

        assertThatThrownBy(() -> repository.save(first.toBuilder().name("My change").build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(repository.get(first.id()).name()).isEqualTo("Changed by someone else");
        assertThat(repository.get(first.id()).version()).isEqualTo(2);
    }

    @Test
    void savingANewAssetUnderAnIdThatExistsIsAConflict() {
        repository.save(simple("HR-001").build());

        assertThatThrownBy(() -> repository.save(simple("HR-001").name("Another").build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.ALREADY_EXISTS));
        assertThat(repository.get(AssetId.of("HR-001")).name()).isEqualTo("Asset HR-001");
    }

    @Test
    void savingAVersionOfAnAssetThatWasNeverStoredIsAConflict() {
        assertThatThrownBy(() -> repository.save(simple("HR-001").version(3).build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.VERSION_MISMATCH));
        assertThat(repository.find(AssetId.of("HR-001"))).isEmpty();
    }

    @Test
    void searchingByOwnerBusinessAreaAndPersonalData() {
        repository.save(simple("A-1").assetOwner("Director of People").businessArea("HR").build());
        repository.save(simple("A-2").assetOwner("Director of People").businessArea("Payroll").build());
        repository.save(nonPersonal("A-3").assetOwner("Director of People").businessArea("HR").build());
        repository.save(simple("A-4").assetOwner("Head of Estates").businessArea("HR").build());

        assertThat(ids(AssetQuery.all().withAssetOwner("Director of People"))).containsExactly("A-1", "A-2", "A-3");
        assertThat(ids(AssetQuery.all().withBusinessArea("HR"))).containsExactly("A-1", "A-3", "A-4");
        assertThat(ids(AssetQuery.all().withPersonalData(false))).containsExactly("A-3");
        assertThat(ids(AssetQuery.all().withPersonalData(true))).containsExactly("A-1", "A-2", "A-4");
        assertThat(ids(AssetQuery.all().withAssetOwner("Director of People").withBusinessArea("HR")
                .withPersonalData(true))).containsExactly("A-1");
        assertThat(ids(AssetQuery.all().withAssetOwner("director of people"))).isEmpty();
    }

    @Test
    void searchingForReviewsDueOnOrBeforeADate() {
        repository.save(simple("A-1").reviewDate(REVIEW.minusDays(1)).build());
        repository.save(simple("A-2").reviewDate(REVIEW).build());
        repository.save(simple("A-3").reviewDate(REVIEW.plusDays(1)).build());
        repository.save(simple("A-4").reviewDate(null).build());

        assertThat(ids(AssetQuery.all().withReviewDueOnOrBefore(REVIEW))).containsExactly("A-1", "A-2");
    }

    @Test
    void searchingByStatus() {
        repository.save(simple("A-1").build());
        repository.save(simple("A-2").status(AssetStatus.RETIRED).build());

        assertThat(ids(AssetQuery.all().withStatus(AssetStatus.ACTIVE))).containsExactly("A-1");
        assertThat(ids(AssetQuery.all().withStatus(AssetStatus.RETIRED))).containsExactly("A-2");
    }

    @Test
    void pagingThroughTheRegisterInIdOrderWithoutGapsOrRepeats() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            String id = "A-" + i;
            repository.save(simple(id).build());
            expected.add(id);
        }
        expected.sort(String::compareTo);

        List<String> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(10);
        int pages = 0;
        while (true) {
            Page<InformationAsset> page = repository.search(AssetQuery.all(), request);
            pages++;
            page.items().forEach(a -> seen.add(a.id().value()));
            if (page.isLast()) {
                break;
            }
            request = PageRequest.after(page.nextCursor(), 10);
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void pagingAFilteredSearchCountsOnlyMatchingAssets() {
        for (int i = 10; i < 30; i++) {
            repository.save((i % 2 == 0 ? simple("A-" + i) : nonPersonal("A-" + i)).build());
        }
        Page<InformationAsset> first = repository.search(AssetQuery.all().withPersonalData(true),
                PageRequest.first(4));
        Page<InformationAsset> second = repository.search(AssetQuery.all().withPersonalData(true),
                PageRequest.after(first.nextCursor(), 4));

        assertThat(first.items()).extracting(a -> a.id().value()).containsExactly("A-10", "A-12", "A-14", "A-16");
        assertThat(second.items()).extracting(a -> a.id().value()).containsExactly("A-18", "A-20", "A-22", "A-24");
    }

    @Test
    void aPageThatEndsExactlyAtTheLastAssetIsTheLast() {
        repository.save(simple("A-1").build());
        repository.save(simple("A-2").build());

        assertThat(repository.search(AssetQuery.all(), PageRequest.first(2)).isLast()).isTrue();
    }

    @Test
    void aCursorThatIsNotOneRaisesAValidationError() {
        assertThatThrownBy(() -> repository.search(AssetQuery.all(), PageRequest.after("not a cursor!", 10)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("after");
    }

    @Test
    void concurrentSavesOfTheSameVersionLetExactlyOneWin() throws Exception {
        InformationAsset stored = repository.save(simple("HR-001").build());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String name = "Edit " + t;
                Callable<Boolean> attempt = () -> {
                    try {
                        repository.save(stored.toBuilder().name(name).build());
                        return true;
                    } catch (ConflictException e) {
                        return false;
                    }
                };
                attempts.add(pool.submit(attempt));
            }
            int wins = 0;
            for (Future<Boolean> f : attempts) {
                wins += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.get(stored.id()).version()).isEqualTo(2);
    }

    private List<String> ids(AssetQuery query) {
        return repository.search(query, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(a -> a.id().value()).toList();
    }

    private static InformationAsset.Builder nonPersonal(String id) {
        return InformationAsset.builder(AssetId.of(id), "Asset " + id).businessArea("Estates")
                .assetOwner("Head of Estates").dataOwner("Records officer");
    }

    private static InformationAsset.Builder simple(String id) {
        return nonPersonal(id).businessArea("Human Resources").assetOwner("Director of People")
                .personalData(true).purposes("staff administration").lawfulBases(LawfulBasis.CONTRACT)
                .dataSubjectCategories("employees").reviewDate(REVIEW);
    }

    /** Every field set, several values in each collection, text with quotes, commas, newlines and non-ASCII. */
    private static InformationAsset fullyPopulated() {
        return InformationAsset.builder(AssetId.of("HR-001"), "Personnel files, \"core\"")
                .description("Employment records\nof current and former staff — incl. pensions")
                .businessArea("Human Resources")
                .format(AssetFormat.HYBRID)
                .systemOrLocation("HR system; paper files in Room 1.02")
                .assetOwner("Director of People")
                .dataOwner("HR Systems Manager")
                .personalData(true)
                .role(ProcessingRole.JOINT_CONTROLLER)
                .controllers("County Council, dpo@county.gov.uk", "Fire Authority")
                .dataSubjectCategories("employees", "former employees", "job applicants")
                .personalDataCategories("contact details", "pay", "sickness absence")
                .specialCategories("health", "trade union membership")
                .specialCategoryConditions(SpecialCategoryCondition.EMPLOYMENT_SOCIAL_SECURITY,
                        SpecialCategoryCondition.EXPLICIT_CONSENT)
                .criminalOffenceData(true)
                .criminalOffenceCondition("DPA 2018 Sch 1 para 1 (employment): DBS checks")
                .purposes("staff administration", "payroll", "equal opportunities monitoring")
                .lawfulBases(LawfulBasis.CONTRACT, LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.CONSENT)
                .consentMechanism("Signed form, scanned to the HR file")
                .recipients("HMRC", "pension fund", "occupational health")
                .processors("Payroll bureau Ltd", "Cloud HR Inc")
                .transfers(InternationalTransfer.to("United States",
                                TransferSafeguard.INTERNATIONAL_DATA_TRANSFER_AGREEMENT)
                                .withRecipient("Cloud HR Inc").withDocumentation("IDTA-2025-01"),
                        InternationalTransfer.to("Switzerland", TransferSafeguard.ADEQUACY_REGULATIONS))
                .classification(SecurityClassification.of("OFFICIAL-SENSITIVE [PERSONAL]"))
                .securityMeasures("Role-based access, encryption at rest")
                .accessRoles("HR advisers", "payroll team")
                .retention(RetentionReference.of("LGA-2024", "HR-4.2"))
                .dpia(DpiaRecord.of("DPIA-2024-07", LocalDate.of(2024, 3, 1)).withReviewDueOn(LocalDate.of(2027, 3, 1)))
                .reviewDate(LocalDate.of(2026, 12, 31))
                .status(AssetStatus.ACTIVE)
                .flows(InformationFlow.toOrganisation("HMRC", "RTI returns", FlowFrequency.MONTHLY, "HMRC gateway")
                                .withSharingAgreement("ISA-12"),
                        InformationFlow.toSystem("Finance ledger", "cost reporting", FlowFrequency.DAILY, "API"))
                .confidential(false)
                .confidentialFields(AssetField.RECIPIENTS, AssetField.DESCRIPTION)
                .build();
    }
}
