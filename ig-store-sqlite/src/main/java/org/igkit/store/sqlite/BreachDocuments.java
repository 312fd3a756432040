package org.igkit.store.sqlite;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.igkit.breach.assessment.DataSubjectDuty;
import org.igkit.breach.facts.AwarenessSource;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Mitigation;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.ReportDetails;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.facts.TierOverride;
import org.igkit.breach.log.Notification;
import org.igkit.breach.log.Recipient;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.breach.severity.EnisaBand;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;
import org.igkit.store.sqlite.internal.JsonText;
import org.igkit.store.sqlite.internal.TemporalText;

/**
 * A breach record's nested values (each assessment with its facts and explanation, each notification) as JSON
 * documents, field by field in the records' own names. They are read whole and never queried inside: the values
 * lists filter on (awareness, open, reportable) are columns of their own.
 *
 * <p>Instants are written fixed-width in UTC; date-times with an offset keep their offset (a deadline "in London
 * time" is part of the fact); enums by name.
 */
final class BreachDocuments {
    private BreachDocuments() {
    }

    static String ofAssessments(List<RecordedAssessment> assessments) {
        return JsonText.write(assessments.stream().map(BreachDocuments::assessment).toList());
    }

    static List<RecordedAssessment> assessments(String json) {
        return Fields.list(JsonText.parse(json)).stream().map(o -> assessment(new Fields(o))).toList();
    }

    static String ofNotifications(List<Notification> notifications) {
        return JsonText.write(notifications.stream().map(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("recipient", n.recipient().name());
            m.put("notifiedAt", text(n.notifiedAt()));
            m.put("deadline", text(n.deadline()));
            m.put("reference", n.reference());
            m.put("reasonsForDelay", n.reasonsForDelay());
            return m;
        }).toList());
    }

    static List<Notification> notifications(String json) {
        return Fields.list(JsonText.parse(json)).stream().map(Fields::new).map(f -> new Notification(
                f.enumOf("recipient", Recipient.class), f.offsetDateTime("notifiedAt"), f.offsetDateTime("deadline"),
                f.text("reference"), f.text("reasonsForDelay"))).toList();
    }

    static String ofTexts(List<String> texts) {
        return JsonText.write(texts);
    }

    static List<String> texts(String json) {
        return Fields.list(JsonText.parse(json)).stream().map(String.class::cast).toList();
    }

    private static Map<String, Object> assessment(RecordedAssessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", a.number());
        m.put("assessedAt", TemporalText.of(a.assessedAt()));
        m.put("assessedBy", a.assessedBy());
        m.put("facts", facts(a.facts()));
        m.put("computedTier", a.computedTier().name());
        m.put("finalTier", a.finalTier().name());
        m.put("enisaScore", a.enisaScore().quarters());
        m.put("enisaBand", a.enisaBand().name());
        m.put("notifyCommissioner", a.notifyCommissioner());
        m.put("commissionerDeadline", text(a.commissionerDeadline()));
        m.put("dataSubjectDuty", a.dataSubjectDuty().name());
        m.put("dsptReportable", a.dsptReportable());
        m.put("explanation", a.explanation().steps().stream().map(step -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("text", step.text());
            s.put("citations", step.citations().stream().map(c -> {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("instrument", c.instrument());
                cm.put("provision", c.provision());
                cm.put("url", c.url());
                cm.put("note", c.note());
                return cm;
            }).toList());
            return s;
        }).toList());
        return m;
    }

    private static RecordedAssessment assessment(Fields f) {
        List<Explanation.Step> steps = f.objects("explanation").stream().map(s -> new Explanation.Step(s.text("text"),
                s.objects("citations").stream().map(c -> new Citation(c.text("instrument"), c.text("provision"),
                        c.text("url"), c.text("note"))).toList())).toList();
        return new RecordedAssessment(f.integer("number"), Instant.parse(f.text("assessedAt")), f.text("assessedBy"),
                facts(f.object("facts")), f.enumOf("computedTier", RiskTier.class),
                f.enumOf("finalTier", RiskTier.class), Quarters.ofQuarters(f.integer("enisaScore")),
                f.enumOf("enisaBand", EnisaBand.class), f.bool("notifyCommissioner"),
                f.offsetDateTime("commissionerDeadline"), f.enumOf("dataSubjectDuty", DataSubjectDuty.class),
                f.optionalBool("dsptReportable"), new Explanation(steps));
    }

    private static Map<String, Object> facts(BreachFacts x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("awareness", text(x.awareness()));
        m.put("awarenessSource", x.awarenessSource().name());
        m.put("regimes", names(x.regimes()));
        m.put("breachTypes", names(x.breachTypes()));
        EnisaInput e = x.enisa();
        Map<String, Object> enisa = new LinkedHashMap<>();
        enisa.put("dpc", e.dpc());
        enisa.put("dataCategories", e.dataCategories().stream().map(c -> {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("category", c.category().name());
            cm.put("basic", c.basic());
            cm.put("score", c.score());
            cm.put("justification", c.justification());
            return cm;
        }).toList());
        enisa.put("ei", quarters(e.ei()));
        enisa.put("confidentiality", quarters(e.confidentiality()));
        enisa.put("integrity", quarters(e.integrity()));
        enisa.put("availability", quarters(e.availability()));
        enisa.put("malicious", e.malicious());
        m.put("enisa", enisa);
        m.put("protection", x.protection().name());
        m.put("specialCategories", x.specialCategories());
        m.put("identityFraudData", x.identityFraudData());
        m.put("individuals", x.individuals());
        m.put("vulnerableSubjects", x.vulnerableSubjects());
        m.put("exfiltration", x.exfiltration().name());
        m.put("backupAvailable", x.backupAvailable());
        m.put("restorationHours", x.restorationHours());
        m.put("effectOnIndividuals", x.effectOnIndividuals().name());
        m.put("mitigations", x.mitigations().stream().map(mi -> {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("kind", mi.kind().name());
            mm.put("description", mi.description());
            mm.put("verified", mi.verified());
            return mm;
        }).toList());
        m.put("significantServiceImpact", x.significantServiceImpact());
        m.put("disproportionateEffort", x.disproportionateEffort());
        m.put("commissionerRequiresCommunication", x.commissionerRequiresCommunication());
        if (x.dspt() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("likelihood", x.dspt().likelihood());
            d.put("severity", x.dspt().severity());
            m.put("dspt", d);
        }
        m.put("notifiedAt", text(x.notifiedAt()));
        m.put("reasonsForDelay", x.reasonsForDelay());
        if (x.override() != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("tier", x.override().tier().name());
            o.put("justification", x.override().justification());
            m.put("override", o);
        }
        ReportDetails r = x.report();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("description", r.description());
        report.put("howDiscovered", r.howDiscovered());
        report.put("occurredAt", text(r.occurredAt()));
        report.put("cyberIncident", r.cyberIncident());
        report.put("categoriesOfDataSubjects", r.categoriesOfDataSubjects());
        report.put("categoriesOfPersonalData", r.categoriesOfPersonalData());
        report.put("approximateRecords", r.approximateRecords());
        report.put("contactPoint", r.contactPoint());
        report.put("likelyConsequences", r.likelyConsequences());
        report.put("measuresTaken", r.measuresTaken());
        m.put("report", report);
        return m;
    }

    private static BreachFacts facts(Fields f) {
        Fields e = f.object("enisa");
        EnisaInput enisa = new EnisaInput(e.optionalInteger("dpc"), e.objects("dataCategories").stream()
                .map(c -> new CategoryScore(c.enumOf("category", DataCategory.class), c.integer("basic"),
                        c.integer("score"), c.text("justification"))).toList(),
                e.quarters("ei"), e.quarters("confidentiality"), e.quarters("integrity"), e.quarters("availability"),
                e.bool("malicious"));
        Fields r = f.object("report");
        ReportDetails report = new ReportDetails(r.text("description"), r.text("howDiscovered"),
                r.offsetDateTime("occurredAt"), r.bool("cyberIncident"), r.text("categoriesOfDataSubjects"),
                r.text("categoriesOfPersonalData"), r.optionalLong("approximateRecords"), r.text("contactPoint"),
                r.text("likelyConsequences"), r.text("measuresTaken"));
        Fields dspt = f.optionalObject("dspt");
        Fields override = f.optionalObject("override");
        return new BreachFacts(f.offsetDateTime("awareness"), f.enumOf("awarenessSource", AwarenessSource.class),
                f.enums("regimes", Regime.class), f.enums("breachTypes", BreachType.class), enisa,
                f.enumOf("protection", Protection.class), f.bool("specialCategories"), f.bool("identityFraudData"),
                f.optionalInteger("individuals"), f.bool("vulnerableSubjects"),
                f.enumOf("exfiltration", Exfiltration.class), f.bool("backupAvailable"),
                f.optionalInteger("restorationHours"), f.enumOf("effectOnIndividuals", EffectOnIndividuals.class),
                f.objects("mitigations").stream().map(m -> new Mitigation(m.enumOf("kind", MitigationKind.class),
                        m.text("description"), m.bool("verified"))).toList(),
                f.bool("significantServiceImpact"), f.bool("disproportionateEffort"),
                f.bool("commissionerRequiresCommunication"),
                dspt == null ? null : new DsptGrade(dspt.integer("likelihood"), dspt.integer("severity")),
                f.offsetDateTime("notifiedAt"), f.text("reasonsForDelay"),
                override == null ? null : new TierOverride(override.enumOf("tier", RiskTier.class),
                        override.text("justification")),
                report);
    }

    private static String text(OffsetDateTime dateTime) {
        return dateTime == null ? null : dateTime.toString();
    }

    private static Integer quarters(Quarters quarters) {
        return quarters == null ? null : quarters.quarters();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    /** Typed reads of one JSON object. */
    private static final class Fields {
        private final Map<?, ?> object;

        Fields(Object object) {
            this.object = (Map<?, ?>) object;
        }

        static List<?> list(Object value) {
            return value == null ? List.of() : (List<?>) value;
        }

        String text(String key) {
            return (String) object.get(key);
        }

        boolean bool(String key) {
            return (Boolean) object.get(key);
        }

        Boolean optionalBool(String key) {
            return (Boolean) object.get(key);
        }

        int integer(String key) {
            return ((Long) object.get(key)).intValue();
        }

        Integer optionalInteger(String key) {
            Long value = (Long) object.get(key);
            return value == null ? null : value.intValue();
        }

        Long optionalLong(String key) {
            return (Long) object.get(key);
        }

        Quarters quarters(String key) {
            Long value = (Long) object.get(key);
            return value == null ? null : Quarters.ofQuarters(value.intValue());
        }

        OffsetDateTime offsetDateTime(String key) {
            String value = text(key);
            return value == null ? null : OffsetDateTime.parse(value);
        }

        <E extends Enum<E>> E enumOf(String key, Class<E> type) {
            String value = text(key);
            return value == null ? null : Enum.valueOf(type, value);
        }

        <E extends Enum<E>> Set<E> enums(String key, Class<E> type) {
            return list(object.get(key)).stream().map(n -> Enum.valueOf(type, (String) n)).collect(Collectors.toSet());
        }

        Fields object(String key) {
            return new Fields(object.get(key));
        }

        Fields optionalObject(String key) {
            Object value = object.get(key);
            return value == null ? null : new Fields(value);
        }

        List<Fields> objects(String key) {
            List<Fields> fields = new ArrayList<>();
            for (Object item : list(object.get(key))) {
                fields.add(new Fields(item));
            }
            return fields;
        }
    }
}
