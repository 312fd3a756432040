package org.igkit.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.BreachStatus;
import org.igkit.breach.log.Recipient;
import org.igkit.retention.disposal.BatchState;
import org.igkit.retention.disposal.DisposalBatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written before the stores shared ig-json's document mapping still reads: the rows below hold documents
 * exactly as the earlier store code wrote them (files under {@code documents/}, written at commit 51942a2), and
 * saving such a record again keeps the text it had.
 */
class StoredDocumentsCompatibilityTest {
    @TempDir
    Path directory;

    @Test
    @DisplayName("A breach record and an executed disposal batch stored by the earlier code are read and saved again")
    void documentsInTheOldShapeRead() {
        TestDatabase database = TestDatabase.in(directory);
        database.open().close(); // migrates the new file
        database.execute("INSERT INTO breach_record (id, reference, summary, assessments, notifications, "
                + "reason_not_notifying, actions_taken, lessons_learned, status, closed_at, awareness_at, is_open, "
                + "is_reportable, version) VALUES ('b-old', 'BR-1', 'letter sent to the wrong address', "
                + quoted(document("assessments.json")) + ", " + quoted(document("notifications.json")) + ", NULL, "
                + quoted(document("texts.json")) + ", NULL, 'OPEN', NULL, '2024-03-29T16:00:00.000000000Z', 1, 1, 3)",
                "INSERT INTO disposal_batch (id, as_of, candidates, state, approved_by, approved_at, certificate, "
                + "version) VALUES ('B-1', '2024-01-31', " + quoted(document("candidates.json")) + ", 'EXECUTED', "
                + "'records manager', '2024-01-31T17:00:00.123000000Z', " + quoted(document("certificate.json"))
                + ", 3)");

        try (SqliteStore store = database.open()) {
            BreachRecord breach = store.breaches().get("b-old");
            assertThat(breach.status()).isEqualTo(BreachStatus.OPEN);
            assertThat(breach.assessments()).hasSize(2);
            assertThat(breach.latest().finalTier()).isEqualTo(RiskTier.HIGH_RISK);
            assertThat(breach.latest().enisaScore()).isEqualTo(Quarters.ofQuarters(17));
            assertThat(breach.latest().facts().override().justification()).isEqualTo("the DPO's judgement");
            assertThat(breach.notifications()).extracting(n -> n.recipient())
                    .containsExactly(Recipient.COMMISSIONER, Recipient.DATA_SUBJECTS);
            assertThat(breach.actionsTaken()).containsExactly("cards cancelled", "staff \"retrained\"");

            DisposalBatch batch = store.disposalBatches().find("B-1").orElseThrow();
            assertThat(batch.state()).isEqualTo(BatchState.EXECUTED);
            assertThat(batch.candidates()).hasSize(2);
            assertThat(batch.candidates().get(1).dueDate()).isEqualTo(LocalDate.parse("2023-12-01"));
            assertThat(batch.findCertificate().orElseThrow().isIntact()).isTrue();
            assertThat(batch.findCertificate().orElseThrow().executedAt())
                    .isEqualTo(Instant.parse("2024-02-01T09:00:00Z"));

            store.breaches().save(breach.withActionTaken("envelopes checked"));
        }
        assertThat(database.query("SELECT assessments FROM breach_record WHERE id = 'b-old'"))
                .containsExactly(document("assessments.json"));
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String document(String name) {
        try (InputStream in = StoredDocumentsCompatibilityTest.class.getResourceAsStream("documents/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
