package org.igkit.rest.console.calculator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DeadlineQuery;
import org.igkit.requests.engine.DeadlineResult;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.Regimes;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.school.TermDatesSchoolCalendar;
import org.igkit.rest.auth.OpenEndpoint;
import org.igkit.rest.console.Answers;
import org.igkit.rest.console.DateFields;
import org.igkit.rest.console.FieldError;
import org.igkit.rest.console.Frame;
import org.igkit.rest.console.Option;
import org.igkit.rest.console.Views;

/**
 * {@code GET /calculator}: the public deadline calculator, open to anyone (like {@code POST /v1/deadlines} with
 * {@code ig.auth.open-calculators}). The form is sent with GET, so the address of an answer is its permalink: an
 * officer can paste it into a reply. The answer comes from the same {@link DeadlineEngine} as the REST calculator.
 */
@Path("/calculator")
@OpenEndpoint
public final class CalculatorPage {
    private final DeadlineEngine engine;
    private final Nation defaultNation;
    private final Views views;
    private final String organisation;
    private final Clock clock;

    /**
     * @param engine        the deadline engine the REST calculator uses
     * @param defaultNation the nation preselected ({@code ig.nation})
     * @param views         the templates
     * @param organisation  the organisation named in the header
     * @param clock         today, for the regimes' titles (the engine has its own for the status)
     */
    public CalculatorPage(DeadlineEngine engine, Nation defaultNation, Views views, String organisation, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultNation = Objects.requireNonNull(defaultNation, "defaultNation");
        this.views = Objects.requireNonNull(views, "views");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    @GET
    @Produces("text/html; charset=utf-8")
    public String show(@Context UriInfo uri) {
        CalculatorInputs inputs = CalculatorInputs.from(uri.getQueryParameters());
        List<FieldError> errors = new ArrayList<>();
        Optional<CalculatorView.Answer> answer = inputs.isEmpty() ? Optional.empty()
                : calculate(inputs, errors, uri.getBaseUri().toString());
        String title = errors.isEmpty() ? "Deadline calculator" : "Error: Deadline calculator";
        return views.render("calculator.jte", new CalculatorView(Frame.visitor(organisation, title), inputs,
                regimes(inputs), nations(inputs), eventTypes(), errors, answer));
    }

    private Optional<CalculatorView.Answer> calculate(CalculatorInputs inputs, List<FieldError> errors, String base) {
        RegimeId regime = null;
        try {
            regime = RegimeId.parse(inputs.regime());
        } catch (ValidationException e) {
            errors.add(new FieldError("regime", "Select the regime the request was made under"));
        }
        Nation nation = inputs.nation().isEmpty() ? defaultNation : nationOf(inputs.nation(), errors);
        DateFields.Parsed received = inputs.received().parse("Date of receipt");
        received.problem().ifPresent(p -> errors.add(new FieldError("received-day", p)));
        List<RequestEvent> events = events(inputs, errors);
        List<DateRange> terms = SchoolTerms.parse(inputs.terms(), errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            DeadlineQuery query = DeadlineQuery.of(regime, nation, received.date().orElseThrow()).withEvents(events);
            if (!terms.isEmpty()) {
                query = query.withSchoolCalendar(TermDatesSchoolCalendar.of("calculator", terms, List.of(), nation,
                        engine.calendar()));
            }
            DeadlineResult result = engine.calculate(query);
            return Optional.of(new CalculatorView.Answer(result.regimeVersion().title(),
                    Answers.date(result.dueDate()), Answers.date(result.latestDueDate()), StatusWords.of(result.status()),
                    Answers.steps(result.explanation()), result.calendarVersion(), result.projected(),
                    inputs.permalink(base)));
        } catch (ValidationException e) {
            e.violations().forEach(v -> errors.add(fieldErrorOf(v)));
            return Optional.empty();
        }
    }

    /** An engine's violation placed on the field it is about: an event's row, the terms, else the date of receipt. */
    private static FieldError fieldErrorOf(Violation violation) {
        String path = violation.path();
        String message = sentence(violation.message());
        if (path.startsWith("events[")) {
            int row = Integer.parseInt(path.substring(7, path.indexOf(']'))) + 1;
            return new FieldError("event-" + row + "-type", "Event " + row + ": " + message);
        }
        if (path.startsWith("schoolCalendar") || path.startsWith("terms")) {
            return new FieldError("terms", "School terms: " + message);
        }
        if (path.startsWith("regime")) {
            return new FieldError("regime", "Regime: " + message);
        }
        return new FieldError("received-day", "Date of receipt: " + message);
    }

    private static List<RequestEvent> events(CalculatorInputs inputs, List<FieldError> errors) {
        List<RequestEvent> events = new ArrayList<>();
        for (CalculatorInputs.EventRow row : inputs.events()) {
            if (row.isBlank()) {
                continue;
            }
            EventType type = null;
            try {
                type = EventType.parse(row.type());
            } catch (ValidationException e) {
                errors.add(new FieldError(row.id() + "-type", "Select what happened in event " + row.number()));
            }
            DateFields.Parsed date = row.date().parse("Date of event " + row.number());
            date.problem().ifPresent(p -> errors.add(new FieldError(row.id() + "-day", p)));
            if (type != null && date.date().isPresent()) {
                events.add(RequestEvent.of(type, date.date().get()));
            }
        }
        return events;
    }

    private static Nation nationOf(String name, List<FieldError> errors) {
        try {
            return Nation.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("nation", "Select the nation whose bank holidays apply"));
            return Nation.ENGLAND;
        }
    }

    private List<Option> regimes(CalculatorInputs inputs) {
        LocalDate today = LocalDate.now(clock);
        return Arrays.stream(RegimeId.values())
                .map(id -> new Option(id.name(), Regimes.find(id, today).title(), id.name().equals(inputs.regime())))
                .toList();
    }

    private List<Option> nations(CalculatorInputs inputs) {
        String chosen = inputs.nation().isEmpty() ? defaultNation.name() : inputs.nation();
        return Arrays.stream(Nation.values())
                .map(n -> new Option(n.name(), words(n.name()), n.name().equals(chosen))).toList();
    }

    private static List<Option> eventTypes() {
        return Arrays.stream(EventType.values()).map(t -> new Option(t.id(), words(t.id()), false)).toList();
    }

    /** {@code CLARIFICATION_REQUESTED} or {@code clarification_requested} as "Clarification requested". */
    static String words(String id) {
        String lower = id.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
