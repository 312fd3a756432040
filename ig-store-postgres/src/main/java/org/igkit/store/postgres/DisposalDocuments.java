package org.igkit.store.postgres;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.igkit.core.explain.Citation;
import org.igkit.retention.disposal.CertifiedDisposal;
import org.igkit.retention.disposal.DisposalCandidate;
import org.igkit.retention.disposal.DisposalCertificate;
import org.igkit.retention.disposal.WithheldDisposal;
import org.igkit.retention.schedule.DisposalAction;
import org.igkit.retention.schedule.EntryRef;

/**
 * A disposal batch's nested values (its candidates, its certificate) as JSON documents, field by field in the
 * records' own names. They are read whole and never queried inside. Instants are written fixed-width in UTC, dates
 * as {@code YYYY-MM-DD}, entry references as {@code scheduleId/entryId}, enums by name.
 */
final class DisposalDocuments {
    private DisposalDocuments() {
    }

    static String ofCandidates(List<DisposalCandidate> candidates) {
        return JsonText.write(candidates.stream().map(DisposalDocuments::candidate).toList());
    }

    static List<DisposalCandidate> candidates(String json) {
        return list(JsonText.parse(json)).stream().map(DisposalDocuments::candidate).toList();
    }

    /** The certificate's document, or {@code null} for a batch not executed. */
    static String ofCertificate(DisposalCertificate certificate) {
        if (certificate == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("batchId", certificate.batchId());
        m.put("disposed", certificate.disposed().stream().map(d -> {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("candidate", candidate(d.candidate()));
            dm.put("executedAt", TemporalText.of(d.executedAt()));
            return dm;
        }).toList());
        m.put("withheld", certificate.withheld().stream().map(w -> {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("recordId", w.recordId());
            wm.put("reason", w.reason());
            return wm;
        }).toList());
        m.put("approvedBy", certificate.approvedBy());
        m.put("approvedAt", TemporalText.of(certificate.approvedAt()));
        m.put("executedBy", certificate.executedBy());
        m.put("executedAt", TemporalText.of(certificate.executedAt()));
        m.put("digest", certificate.digest());
        return JsonText.write(m);
    }

    /** The certificate a document holds, or {@code null} for none. */
    static DisposalCertificate certificate(String json) {
        if (json == null) {
            return null;
        }
        Map<?, ?> m = (Map<?, ?>) JsonText.parse(json);
        List<CertifiedDisposal> disposed = list(m.get("disposed")).stream().map(o -> {
            Map<?, ?> d = (Map<?, ?>) o;
            return new CertifiedDisposal(candidate(d.get("candidate")), Instant.parse(text(d, "executedAt")));
        }).toList();
        List<WithheldDisposal> withheld = list(m.get("withheld")).stream().map(o -> {
            Map<?, ?> w = (Map<?, ?>) o;
            return new WithheldDisposal(text(w, "recordId"), text(w, "reason"));
        }).toList();
        return new DisposalCertificate(text(m, "batchId"), disposed, withheld, text(m, "approvedBy"),
                Instant.parse(text(m, "approvedAt")), text(m, "executedBy"), Instant.parse(text(m, "executedAt")),
                text(m, "digest"));
    }

    private static Map<String, Object> candidate(DisposalCandidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("recordId", c.recordId());
        m.put("entry", c.entry().toString());
        m.put("ruleText", c.ruleText());
        m.put("citations", c.citations().stream().map(citation -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("instrument", citation.instrument());
            cm.put("provision", citation.provision());
            cm.put("url", citation.url());
            cm.put("note", citation.note());
            return cm;
        }).toList());
        m.put("action", c.action().name());
        m.put("dueDate", TemporalText.of(c.dueDate()));
        return m;
    }

    private static DisposalCandidate candidate(Object document) {
        Map<?, ?> m = (Map<?, ?>) document;
        List<Citation> citations = list(m.get("citations")).stream().map(o -> {
            Map<?, ?> c = (Map<?, ?>) o;
            return new Citation(text(c, "instrument"), text(c, "provision"), text(c, "url"), text(c, "note"));
        }).toList();
        return new DisposalCandidate(text(m, "recordId"), EntryRef.parse(text(m, "entry")), text(m, "ruleText"),
                citations, DisposalAction.valueOf(text(m, "action")), TemporalText.parseDate(text(m, "dueDate")));
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static String text(Map<?, ?> object, String key) {
        return (String) object.get(key);
    }
}
