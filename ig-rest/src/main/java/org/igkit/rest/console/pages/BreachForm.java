package org.igkit.rest.console.pages;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.igkit.breach.facts.AwarenessSource;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.EffectOnIndividuals;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Protection;
import org.igkit.breach.facts.Regime;
import org.igkit.rest.console.DateFields;
import org.igkit.rest.console.FieldError;

/**
 * The breach assessment form as sent: the facts {@code POST /v1/breaches/assessments} takes that matter most on a
 * first assessment (the others keep the assessor's conservative defaults), plus a reference and a summary for the
 * log. Every value is kept as typed so the page can show it back.
 *
 * @param values the form's fields
 */
public record BreachForm(MultivaluedMap<String, String> values) {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    /** A first visit: UK GDPR, a confidentiality breach. */
    public static BreachForm blank() {
        MultivaluedMap<String, String> values = new MultivaluedHashMap<>();
        values.add("regime", Regime.UK_GDPR.name());
        values.add("type", BreachType.CONFIDENTIALITY.name());
        return new BreachForm(values);
    }

    /** The field's value as typed, or empty. */
    public String value(String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value.trim();
    }

    /** The values of a checkbox group or radio group. */
    public List<String> chosen(String name) {
        List<String> chosen = values.get(name);
        return chosen == null ? List.of() : chosen;
    }

    /** Whether a yes-checkbox is ticked. */
    public boolean ticked(String name) {
        return "yes".equals(value(name));
    }

    /** The awareness date's boxes. */
    public DateFields awareness() {
        return DateFields.from(values, "awareness");
    }

    /** The facts, or null with {@code errors} saying what is wrong. */
    public BreachFacts facts(List<FieldError> errors) {
        DateFields.Parsed day = awareness().parse("Date you became aware");
        day.problem().ifPresent(p -> errors.add(new FieldError("awareness-day", p)));
        LocalTime time = null;
        try {
            time = LocalTime.parse(value("awareness-time").length() == 4 ? "0" + value("awareness-time")
                    : value("awareness-time"));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("awareness-time", "Enter the time you became aware as hours and minutes, like 14:30"));
        }
        Set<Regime> regimes = EnumSet.noneOf(Regime.class);
        chosen("regime").forEach(r -> parse(r, Regime::valueOf).ifPresent(regimes::add));
        if (regimes.isEmpty()) {
            errors.add(new FieldError("regime", "Select the law the breach falls under"));
        }
        Set<BreachType> types = EnumSet.noneOf(BreachType.class);
        chosen("type").forEach(t -> parse(t, BreachType::valueOf).ifPresent(types::add));
        if (types.isEmpty()) {
            errors.add(new FieldError("type", "Select what kind of breach it was"));
        }
        Integer individuals = null;
        if (!value("individuals").isEmpty()) {
            try {
                individuals = Integer.parseInt(value("individuals"));
                if (individuals < 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("individuals", "Number of people affected must be a whole number, like 120"));
            }
        }
        EnisaInput enisa = enisa(errors);
        if (!errors.isEmpty()) {
            return null;
        }
        OffsetDateTime aware = day.date().orElseThrow().atTime(time).atZone(UK).toOffsetDateTime();
        BreachFacts.Builder facts = BreachFacts.builder(aware)
                .regimes(regimes.toArray(Regime[]::new)).breachTypes(types.toArray(BreachType[]::new))
                .specialCategories(ticked("special")).identityFraudData(ticked("identity"))
                .vulnerableSubjects(ticked("vulnerable")).backupAvailable(ticked("backup")).individuals(individuals)
                .enisa(enisa);
        parse(value("source"), AwarenessSource::valueOf).ifPresent(facts::awarenessSource);
        parse(value("protection"), Protection::valueOf).ifPresent(facts::protection);
        parse(value("exfiltration"), Exfiltration::valueOf).ifPresent(facts::exfiltration);
        parse(value("effect"), EffectOnIndividuals::valueOf).ifPresent(facts::effectOnIndividuals);
        return facts.build();
    }

    /** The ENISA severity scores (data processing context, ease of identification, circumstances) chosen. */
    private EnisaInput enisa(List<FieldError> errors) {
        Integer dpc = null;
        if (value("dpc").matches("[1-4]")) {
            dpc = Integer.valueOf(value("dpc"));
        } else {
            errors.add(new FieldError("dpc", "Select the kind of personal data involved"));
        }
        BigDecimal ei = decimal("ei", "Select how easily people can be identified from the data", errors);
        BigDecimal c = decimal("confidentiality", "Select what happened to the data's confidentiality", errors);
        BigDecimal i = decimal("integrity", "Select what happened to the data's integrity", errors);
        BigDecimal a = decimal("availability", "Select what happened to the data's availability", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return EnisaInput.parse(dpc, List.of(), ei, c, i, a, ticked("malicious"));
    }

    private BigDecimal decimal(String name, String missing, List<FieldError> errors) {
        try {
            return new BigDecimal(value(name));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, missing));
            return null;
        }
    }

    /** The form field a violation of the facts at {@code path} is about (the awareness date when none is). */
    static String fieldOf(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.startsWith("reference")) {
            return "reference";
        }
        if (p.startsWith("individuals")) {
            return "individuals";
        }
        if (p.startsWith("regimes")) {
            return "regime";
        }
        for (String score : List.of("dpc", "ei", "confidentiality", "integrity", "availability")) {
            if (p.startsWith("enisa." + score) || p.startsWith(score)) {
                return score;
            }
        }
        if (p.startsWith("breachtypes")) {
            return "type";
        }
        return p.startsWith("awarenesssource") ? "source" : "awareness-day";
    }

    /** A radio or checkbox value; one the form never offered is ignored, as if nothing were chosen. */
    private static <T> java.util.Optional<T> parse(String value, Function<String, T> valueOf) {
        if (value == null || value.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(valueOf.apply(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
