package org.igkit.rest.console.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.register.BreachRegister;
import org.igkit.core.error.ValidationException;
import org.igkit.rest.auth.OpenEndpoint;
import org.igkit.rest.auth.Role;
import org.igkit.rest.console.FieldError;
import org.igkit.rest.console.Frame;
import org.igkit.rest.console.Option;
import org.igkit.rest.console.Views;
import org.igkit.rest.console.session.Session;
import org.igkit.rest.console.session.SessionGate;

/**
 * {@code /console/breaches/assessment}: the breach assessment form (any signed-in role, like the open calculator
 * behind {@code POST /v1/breaches/assessments}), its answer from the same {@link BreachAssessor}, and recording it in
 * the breach log through the same {@link BreachRegister} as {@code POST /v1/breaches} (the DPO role, as there).
 */
@Path("/console/breaches/assessment")
@OpenEndpoint
public final class BreachAssessmentPage {
    private static final String HTML = "text/html; charset=utf-8";

    private final BreachAssessor assessor;
    private final BreachRegister register;
    private final SessionGate gate;
    private final Views views;
    private final String organisation;

    public BreachAssessmentPage(BreachAssessor assessor, BreachRegister register, SessionGate gate, Views views,
                                String organisation) {
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.register = Objects.requireNonNull(register, "register");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.views = Objects.requireNonNull(views, "views");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    @GET
    @Produces(HTML)
    public String form(@Context HttpHeaders headers) {
        Session session = gate.page(headers, Role.READER);
        return render(session, BreachForm.blank(), List.of(), Optional.empty(), Optional.empty());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(HTML)
    public String assess(MultivaluedMap<String, String> fields, @Context HttpHeaders headers, @Context UriInfo uri) {
        boolean recording = "record".equals(fields.getFirst("action"));
        Session session = gate.form(headers, uri, fields.getFirst("csrf"), recording ? Role.DPO : Role.READER);
        BreachForm form = new BreachForm(fields);
        List<FieldError> errors = new ArrayList<>();
        try {
            BreachFacts facts = form.facts(errors);
            if (recording && form.value("reference").isEmpty()) {
                errors.add(new FieldError("reference", "Enter a reference for the breach log, like BR-2024-017"));
            }
            if (facts == null || !errors.isEmpty()) {
                return render(session, form, errors, Optional.empty(), Optional.empty());
            }
            BreachView.Answer answer = BreachView.Answer.of(assessor.assess(facts));
            Optional<String> recorded = Optional.empty();
            if (recording) {
                BreachRecord stored = register.log(UUID.randomUUID().toString(), form.value("reference"),
                        form.value("summary"), facts, session.caller().name());
                recorded = Optional.of(stored.id());
            }
            return render(session, form, errors, Optional.of(answer), recorded);
        } catch (ValidationException e) {
            // the facts' own rules (the same as the API's): shown on the field they name, else on the first one
            e.violations().forEach(v -> errors.add(new FieldError(BreachForm.fieldOf(v.path()),
                    Option.words(v.path().replaceAll("[^A-Za-z]+", " ").trim()) + ": " + v.message())));
            return render(session, form, errors, Optional.empty(), Optional.empty());
        }
    }

    private String render(Session session, BreachForm form, List<FieldError> errors,
                          Optional<BreachView.Answer> answer, Optional<String> recorded) {
        String title = errors.isEmpty() ? "Breach assessment" : "Error: Breach assessment";
        return views.render("breachAssessment.jte", new BreachView(Frame.of(organisation, title, session.signedIn()),
                form, errors, answer, recorded, session.caller().holds(Role.DPO)));
    }
}
