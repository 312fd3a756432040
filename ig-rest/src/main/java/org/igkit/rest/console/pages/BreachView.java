package org.igkit.rest.console.pages;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.igkit.breach.assessment.BreachAssessment;
import org.igkit.breach.facts.AwarenessSource;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Regime;
import org.igkit.rest.console.Answers;
import org.igkit.rest.console.FieldError;
import org.igkit.rest.console.Frame;
import org.igkit.rest.console.Option;

/**
 * The breach assessment page: the form as sent, its errors, the answer and, once recorded, the log entry's id.
 *
 * @param frame    the layout
 * @param form     the form as sent
 * @param errors   what is wrong with it
 * @param answer   the assessment, when the facts were complete
 * @param recorded the id of the breach log entry made from it, once recorded
 * @param canLog   whether the caller may record it (DPO or ADMIN)
 */
public record BreachView(Frame frame, BreachForm form, List<FieldError> errors, Optional<Answer> answer,
                         Optional<String> recorded, boolean canLog) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    public BreachView {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(form, "form");
        errors = List.copyOf(errors);
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(recorded, "recorded");
    }

    /** The message beside {@code field}, if any. */
    public Optional<String> errorFor(String field) {
        return FieldError.messageFor(errors, field);
    }

    public List<Option> regimes() {
        // the laws' names are acronyms: UK GDPR, DPA PART3, PECR, not "Uk gdpr"
        return java.util.Arrays.stream(Regime.values()).map(r -> new Option(r.name(), r.name().replace('_', ' '),
                form.chosen("regime").contains(r.name()))).toList();
    }

    public List<Option> types() {
        return Option.of(BreachType.values(), form.chosen("type"));
    }

    public List<Option> sources() {
        return Option.of(AwarenessSource.values(), form.chosen("source"));
    }

    public List<Option> protections() {
        return Option.of(Protection.values(), form.chosen("protection"));
    }

    public List<Option> exfiltrations() {
        return Option.of(Exfiltration.values(), form.chosen("exfiltration"));
    }

    public List<Option> effects() {
        return Option.of(EffectOnIndividuals.values(), form.chosen("effect"));
    }

    /** ENISA Annex 1: the data processing context of the most sensitive data involved. */
    public List<Option> dpcs() {
        return scores("dpc", "1", "Simple data: names, contact details, education", "2",
                "Behavioural data: location, traffic, habits and preferences", "3",
                "Financial data: income, transactions, bank statements", "4",
                "Sensitive data: health, political, sexual life, criminal records");
    }

    /** ENISA Annex 2: ease of identification. */
    public List<Option> eis() {
        return scores("ei", "0.25", "Negligible", "0.5", "Limited", "0.75", "Significant", "1", "Maximum");
    }

    /** ENISA Annex 3: loss of confidentiality. */
    public List<Option> confidentialities() {
        return scores("confidentiality", "0", "None, or exposed with no evidence of unlawful processing", "0.25",
                "Disclosed to a known number of recipients", "0.5", "Disclosed to an unknown number of recipients");
    }

    /** ENISA Annex 3: loss of integrity. */
    public List<Option> integrities() {
        return scores("integrity", "0", "None, or altered without incorrect use", "0.25",
                "Altered and possibly misused, but recoverable", "0.5", "Altered and possibly misused, not recoverable");
    }

    /** ENISA Annex 3: loss of availability. */
    public List<Option> availabilities() {
        return scores("availability", "0", "None, or recoverable without difficulty", "0.25", "Temporarily unavailable",
                "0.5", "Fully unavailable");
    }

    private List<Option> scores(String field, String... valuesAndLabels) {
        List<Option> options = new java.util.ArrayList<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            options.add(new Option(valuesAndLabels[i], valuesAndLabels[i + 1],
                    valuesAndLabels[i].equals(form.value(field))));
        }
        return options;
    }

    /** {@code at} in UK time, as GOV.UK writes it. */
    static String when(OffsetDateTime at) {
        return WHEN.format(at.atZoneSameInstant(UK));
    }

    /**
     * An assessment as the page shows it.
     *
     * @param tier         the risk tier decided, in words
     * @param computedTier the tier the rules gave, in words (differs only with an override)
     * @param commissioner whether and by when to notify the regulator
     * @param subjects     whether to tell the people affected
     * @param deadlines    every time limit, earliest first
     * @param checklist    what the report must contain, and whether the facts give it
     * @param steps        the explanation
     */
    public record Answer(String tier, String computedTier, String commissioner, String subjects,
                         List<Limit> deadlines, List<Check> checklist, List<Answers.Step> steps) {
        static Answer of(BreachAssessment a) {
            String commissioner = a.notifyCommissioner().required()
                    ? "Notify " + a.notifyCommissioner().authority() + " by "
                    + a.notifyCommissioner().findDeadline().map(BreachView::when).orElse("the deadline below")
                    : "No need to notify " + a.notifyCommissioner().authority() + ": record the breach in the log";
            String subjects = a.communicateDataSubjects().name().equals("REQUIRED")
                    ? "Tell the people affected without undue delay" : "Telling the people affected is not required";
            return new Answer(Option.words(a.riskTier().name()), Option.words(a.computedRiskTier().name()),
                    commissioner, subjects,
                    a.deadlines().stream().map(d -> new Limit(d.regime().name().replace('_', ' '), d.recipient(),
                            d.required(), d.hours(), when(d.deadline()))).toList(),
                    a.checklist().stream().map(c -> new Check(c.item(), c.provision(), c.provided())).toList(),
                    Answers.steps(a.explanation()));
        }
    }

    /**
     * One time limit.
     *
     * @param regime    the law
     * @param recipient who must be told
     * @param required  whether the facts make it due
     * @param hours     the limit in hours
     * @param deadline  the last on-time moment, UK time
     */
    public record Limit(String regime, String recipient, boolean required, int hours, String deadline) {
    }

    /**
     * One item the report must contain.
     *
     * @param item      what
     * @param provision where the law asks for it
     * @param provided  whether the facts give it
     */
    public record Check(String item, String provision, boolean provided) {
    }
}
