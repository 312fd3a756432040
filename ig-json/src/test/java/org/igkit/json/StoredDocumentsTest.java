package org.igkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.breach.assessment.DataSubjectDuty;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.log.Notification;
import org.igkit.breach.log.Recipient;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.breach.severity.EnisaBand;
import org.igkit.core.error.IgException;
import org.igkit.core.explain.Citation;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;

/**
 * Documents already in users' databases still read. The files under {@code documents/} were written by the stores'
 * own JSON writer before this module existed (commit 51942a2): a breach's two assessments (one with every optional
 * fact, one without), its notifications and actions, and a disposal batch's candidates and certificate.
 */
class StoredDocumentsTest {

    @Test
    @DisplayName("Assessments written by the old store code read back with every fact")
    void oldAssessmentsRead() {
        List<RecordedAssessment> read = StoredDocuments.assessments(document("assessments.json"));

        assertThat(read).hasSize(2);
        RecordedAssessment first = read.get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.assessedAt()).isEqualTo(Instant.parse("2024-06-01T12:00:00.5Z"));
        assertThat(first.facts().awareness()).isEqualTo(OffsetDateTime.parse("2024-03-29T16:00:00Z"));
        assertThat(first.facts().regimes()).containsExactlyInAnyOrder(Regime.UK_GDPR, Regime.NHS_DSPT);
        assertThat(first.facts().enisa().dpc()).isNull();
        assertThat(first.facts().enisa().ei()).isEqualTo(Quarters.ofWhole(1));
        assertThat(first.facts().dspt().severity()).isEqualTo(2);
        assertThat(first.facts().override()).isNull();
        assertThat(first.enisaScore()).isEqualTo(Quarters.ofWhole(2));
        assertThat(first.enisaBand()).isEqualTo(EnisaBand.MEDIUM);
        assertThat(first.commissionerDeadline()).isEqualTo(OffsetDateTime.parse("2024-04-01T17:00:00+01:00"));
        assertThat(first.dataSubjectDuty()).isEqualTo(DataSubjectDuty.NOT_REQUIRED);
        assertThat(first.dsptReportable()).isFalse();
        assertThat(first.explanation().steps().get(0).citations().get(0).note()).isNull();

        RecordedAssessment rich = read.get(1);
        assertThat(rich.facts().awareness().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(rich.facts().breachTypes()).containsExactlyInAnyOrder(BreachType.CONFIDENTIALITY,
                BreachType.AVAILABILITY);
        assertThat(rich.facts().enisa().dataCategories().get(0).category()).isEqualTo(DataCategory.FINANCIAL);
        assertThat(rich.facts().enisa().dataCategories().get(0).justification()).isEqualTo("full \"card\" data");
        assertThat(rich.facts().enisa().ei()).isEqualTo(Quarters.ofQuarters(3));
        assertThat(rich.facts().enisa().malicious()).isTrue();
        assertThat(rich.facts().mitigations().get(0).kind()).isEqualTo(MitigationKind.CREDENTIALS_RESET);
        assertThat(rich.facts().override().tier()).isEqualTo(RiskTier.HIGH_RISK);
        assertThat(rich.facts().dspt()).isNull();
        assertThat(rich.facts().report().approximateRecords()).isEqualTo(1200L);
        assertThat(rich.facts().report().occurredAt()).isEqualTo(OffsetDateTime.parse("2024-10-20T08:00:00+01:00"));
        assertThat(rich.isOverridden()).isTrue();
    }

    @Test
    @DisplayName("Notifications, actions, candidates and certificates written by the old store code read back")
    void oldListsAndCertificatesRead() {
        assertThat(StoredDocuments.notifications(document("notifications.json"))).containsExactly(
                new Notification(Recipient.COMMISSIONER, OffsetDateTime.parse("2024-10-29T09:00Z"),
                        OffsetDateTime.parse("2024-10-28T09:00Z"), "ICO-123", "weekend"),
                Notification.of(Recipient.DATA_SUBJECTS, OffsetDateTime.parse("2024-10-29T10:00:30.25+01:00"), null,
                        "letter"));
        assertThat(StoredDocuments.texts(document("texts.json"))).containsExactly("cards cancelled",
                "staff \"retrained\"");

        List<DisposalCandidate> candidates = StoredDocuments.candidates(document("candidates.json"));
        assertThat(candidates).extracting(DisposalCandidate::entry)
                .containsExactly(EntryRef.of("hr", "e-1"), EntryRef.of("hr", "e-2"));
        assertThat(candidates.get(0).citations()).containsExactly(
                new Citation("Limitation Act 1980", "s.5", "https://www.legislation.gov.uk/ukpga/1980/58/section/5", null),
                new Citation("IRMS Toolkit", "", null, "read as \"six years\""));
        assertThat(candidates.get(0).action()).isEqualTo(DisposalAction.DESTROY);
        assertThat(candidates.get(1).dueDate()).isEqualTo(LocalDate.parse("2023-12-01"));

        DisposalCertificate certificate = StoredDocuments.certificate(document("certificate.json"));
        assertThat(certificate.isIntact()).isTrue();
        assertThat(certificate.approvedAt()).isEqualTo(Instant.parse("2024-01-31T17:00:00.123Z"));
        assertThat(certificate.withheld().get(0).reason()).isEqualTo("on hold");
    }

    @Test
    @DisplayName("What is read is written back to the same text: the stored shape has not changed")
    void theShapeIsUnchanged() {
        String assessments = document("assessments.json");
        assertThat(StoredDocuments.ofAssessments(StoredDocuments.assessments(assessments))).isEqualTo(assessments);
        String notifications = document("notifications.json");
        assertThat(StoredDocuments.ofNotifications(StoredDocuments.notifications(notifications)))
                .isEqualTo(notifications);
        String texts = document("texts.json");
        assertThat(StoredDocuments.ofTexts(StoredDocuments.texts(texts))).isEqualTo(texts);
        String candidates = document("candidates.json");
        assertThat(StoredDocuments.ofCandidates(StoredDocuments.candidates(candidates))).isEqualTo(candidates);
        String certificate = document("certificate.json");
        assertThat(StoredDocuments.ofCertificate(StoredDocuments.certificate(certificate))).isEqualTo(certificate);
    }

    @Test
    @DisplayName("Text that is not such a document is reported as a corrupt column")
    void textThatIsNotADocumentIsACorruptColumn() {
        assertThatThrownBy(() -> StoredDocuments.texts("[\"a\"")).isInstanceOf(IgException.class)
                .hasMessageContaining("corrupt");
        assertThatThrownBy(() -> StoredDocuments.texts("[\"a\"] x")).isInstanceOf(IgException.class)
                .hasMessageContaining("corrupt");
        assertThatThrownBy(() -> StoredDocuments.candidates("[{\"recordId\":\"R-1\"}]")).isInstanceOf(IgException.class)
                .hasMessageContaining("corrupt");
        assertThatThrownBy(() -> StoredDocuments.certificate("{}")).isInstanceOf(IgException.class)
                .hasMessageContaining("corrupt");
    }

    private static String document(String name) {
        try (InputStream in = StoredDocumentsTest.class.getResourceAsStream("documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
