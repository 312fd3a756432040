package org.igkit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import org.igkit.breach.facts.AwarenessSource;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.KnownRecipients;
import org.igkit.breach.facts.Mitigation;
import org.igkit.breach.facts.MitigationKind;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.ReportDetails;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.facts.TierOverride;
import org.igkit.core.error.ValidationException;

/**
 * Reads {@link BreachFacts} from a request body (spec breach.md §8.1). The body has the facts' own field names, but
 * it is deliberately more forgiving than the record and says more when it is wrong, which is why it is read through
 * a form first and not straight into the record: an absent flag is {@code false}, an absent basic category score is
 * ENISA's, ENISA scores are decimals (0.75), and every violation of the whole body is reported at once with its path
 * ({@code enisa.dataCategories[1]}, {@code mitigations[0].kind}), where reading the nested records one by one would
 * stop at the first. A malformed value (a string for a number, an unknown field) is Jackson's own 400 with its path;
 * a refused value is a {@link ValidationException} inside the mapping exception, which the HTTP adapter reports as
 * 422 under the path where the facts sit.
 */
final class BreachFactsReader extends StdDeserializer<BreachFacts> {
    private static final long serialVersionUID = 1L;
    /** A score larger than this cannot be a valid ENISA element; refusing it early keeps huge decimals cheap. */
    private static final BigDecimal LARGEST_SCORE = BigDecimal.TEN;

    BreachFactsReader() {
        super(BreachFacts.class);
    }

    @Override
    public BreachFacts deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Form form = context.readValue(parser, Form.class);
        try {
            return form.toFacts();
        } catch (ValidationException e) {
            throw JsonMappingException.from(context, e.getMessage(), e);
        }
    }

    /** The facts as the body gives them: every value optional, so that what is missing is reported, not thrown. */
    record Form(OffsetDateTime awareness, AwarenessSource awarenessSource, Set<Regime> regimes,
                Set<BreachType> breachTypes, EnisaForm enisa, Protection protection, Boolean specialCategories,
                Boolean identityFraudData, Integer individuals, Boolean vulnerableSubjects, Exfiltration exfiltration,
                Boolean backupAvailable, Integer restorationHours, EffectOnIndividuals effectOnIndividuals,
                List<MitigationForm> mitigations, Boolean significantServiceImpact, Boolean disproportionateEffort,
                Boolean commissionerRequiresCommunication, DsptForm dspt, OffsetDateTime notifiedAt,
                String reasonsForDelay, OverrideForm override, ReportForm report, Integer knownRecipients,
                Map<Regime, OffsetDateTime> awarenessByRegime) {

        /** The domain facts, every violation collected with its path. */
        BreachFacts toFacts() {
            ValidationException.Collector problems = ValidationException.collector();
            EnisaInput enisaInput = enisa == null ? null : enisa.toInput(problems);
            List<Mitigation> measures = mitigations(problems);
            DsptGrade grade = null;
            if (dspt != null) {
                if (dspt.likelihood() == null || dspt.severity() == null) {
                    problems.add("dspt", "needs likelihood and severity (1 to 5)", null);
                } else {
                    try {
                        grade = DsptGrade.of(dspt.likelihood(), dspt.severity());
                    } catch (ValidationException e) {
                        problems.addAll("dspt", e);
                    }
                }
            }
            TierOverride tierOverride = null;
            if (override != null) {
                try {
                    tierOverride = TierOverride.of(override.tier(), override.justification());
                } catch (ValidationException e) {
                    problems.addAll("override", e);
                }
            }
            ReportDetails details = null;
            if (report != null) {
                try {
                    details = report.toDetails();
                } catch (ValidationException e) {
                    problems.addAll("report", e);
                }
            }
            KnownRecipients recipients = null;
            if (knownRecipients != null) {
                try {
                    recipients = KnownRecipients.of(knownRecipients);
                } catch (ValidationException e) {
                    problems.add("knownRecipients", e.violations().get(0).message(), knownRecipients);
                }
            }
            requireNoNulls(regimes, "regimes", problems);
            requireNoNulls(breachTypes, "breachTypes", problems);
            if (enisa == null) {
                problems.add("enisa", "is required (ENISA DPC, EI and CB scores)", null);
            }
            problems.throwIfAny();
            return new BreachFacts(awareness, awarenessSource, regimes, breachTypes, enisaInput, protection,
                    isTrue(specialCategories), isTrue(identityFraudData), individuals, isTrue(vulnerableSubjects),
                    exfiltration, isTrue(backupAvailable), restorationHours, effectOnIndividuals, measures,
                    isTrue(significantServiceImpact), isTrue(disproportionateEffort),
                    isTrue(commissionerRequiresCommunication), grade, notifiedAt, reasonsForDelay, tierOverride,
                    details, recipients, awarenessByRegime);
        }

        private List<Mitigation> mitigations(ValidationException.Collector problems) {
            List<Mitigation> measures = new ArrayList<>();
            if (mitigations == null) {
                return measures;
            }
            for (int k = 0; k < mitigations.size(); k++) {
                MitigationForm m = mitigations.get(k);
                String path = "mitigations[" + k + "]";
                if (m == null || m.kind() == null) {
                    problems.add(path + ".kind", "is required: one of " + List.of(MitigationKind.values()), null);
                    continue;
                }
                try {
                    measures.add(new Mitigation(m.kind(), m.description() == null ? "" : m.description(),
                            isTrue(m.verified())));
                } catch (ValidationException e) {
                    problems.addAll(path, e);
                }
            }
            return measures;
        }
    }

    /** ENISA inputs with decimal scores; an absent circumstance element is 0. */
    record EnisaForm(Integer dpc, List<CategoryForm> dataCategories, BigDecimal ei, BigDecimal confidentiality,
                     BigDecimal integrity, BigDecimal availability, Boolean malicious) {

        EnisaInput toInput(ValidationException.Collector problems) {
            ValidationException.Collector own = ValidationException.collector();
            BigDecimal e = bounded(ei, "ei", own);
            BigDecimal c = bounded(orZero(confidentiality), "confidentiality", own);
            BigDecimal i = bounded(orZero(integrity), "integrity", own);
            BigDecimal a = bounded(orZero(availability), "availability", own);
            List<CategoryScore> categories = new ArrayList<>();
            List<CategoryForm> given = dataCategories == null ? List.of() : dataCategories;
            for (int k = 0; k < given.size(); k++) {
                CategoryForm cat = given.get(k);
                String path = "dataCategories[" + k + "]";
                if (cat == null || cat.category() == null || cat.score() == null) {
                    own.add(path, "needs a category and a score", null);
                    continue;
                }
                int basic = cat.basic() == null ? cat.category().basicScore() : cat.basic();
                try {
                    categories.add(new CategoryScore(cat.category(), basic, cat.score(), cat.justification()));
                } catch (ValidationException ex) {
                    own.addAll(path, ex);
                }
            }
            boolean categoriesRefused = !own.isEmpty();
            EnisaInput input = null;
            try {
                input = EnisaInput.parse(dpc, categories, e, c, i, a, isTrue(malicious));
            } catch (ValidationException ex) {
                // with a category refused, a dpc "not the highest category" complaint would only be noise
                ex.violations().stream().filter(v -> !(categoriesRefused && v.path().equals("dpc")))
                        .forEach(v -> own.add(v.path(), v.message(), v.rejectedValue()));
            }
            own.violations().forEach(v -> problems.add(v.under("enisa").path(), v.message(), v.rejectedValue()));
            return input;
        }

        private static BigDecimal bounded(BigDecimal value, String path, ValidationException.Collector problems) {
            if (value != null && (value.abs().compareTo(LARGEST_SCORE) > 0 || value.scale() > 4)) {
                problems.add(path, "must be a multiple of 0.25 within the ENISA scale", null);
                return null;
            }
            return value;
        }

        private static BigDecimal orZero(BigDecimal value) {
            return value == null ? BigDecimal.ZERO : value;
        }
    }

    /** A data category; an absent basic score is ENISA's for the category. */
    record CategoryForm(DataCategory category, Integer basic, Integer score, String justification) {
    }

    /** A measure taken. */
    record MitigationForm(MitigationKind kind, String description, Boolean verified) {
    }

    /** An NHS DSPT grade. */
    record DsptForm(Integer likelihood, Integer severity) {
    }

    /** An override of the computed tier. */
    record OverrideForm(RiskTier tier, String justification) {
    }

    /** What the report must say (Art 33(3)). */
    record ReportForm(String description, String howDiscovered, OffsetDateTime occurredAt, Boolean cyberIncident,
                      String categoriesOfDataSubjects, String categoriesOfPersonalData, Long approximateRecords,
                      String contactPoint, String likelyConsequences, String measuresTaken) {
        ReportDetails toDetails() {
            return new ReportDetails(description, howDiscovered, occurredAt, isTrue(cyberIncident),
                    categoriesOfDataSubjects, categoriesOfPersonalData, approximateRecords, contactPoint,
                    likelyConsequences, measuresTaken);
        }
    }

    private static <E extends Enum<E>> void requireNoNulls(Set<E> values, String path,
                                                           ValidationException.Collector problems) {
        if (values != null && values.contains(null)) {
            problems.add(path, "must not contain null", null);
        }
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
