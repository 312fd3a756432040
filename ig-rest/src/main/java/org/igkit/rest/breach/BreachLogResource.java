package org.igkit.rest.breach;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.breach.assessment.ChecklistItem;
import org.igkit.breach.assessment.ReportPayload;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.log.Notification;
import org.igkit.breach.log.Recipient;
import org.igkit.breach.log.RecordedAssessment;
import org.igkit.breach.register.BoardStatistics;
import org.igkit.breach.register.BreachReport;
import org.igkit.breach.register.BreachRegister;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.explain.StepJson;
import org.igkit.rest.http.Bodies;
import org.igkit.rest.http.Paging;
import org.igkit.rest.http.Versions;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/breaches}: the breach log (UK GDPR Art 33(5)): every breach with its assessments, notifications,
 * actions and closure. Reads need READER, except the pre-filled report, which needs DPO (it carries the facts);
 * changes need DPO and (to a stored breach) {@code If-Match}.
 */
@Path("/v1/breaches")
@RequiresRole(Role.READER)
@Tag(name = "breaches")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class BreachLogResource {
    private final BreachRegister register;

    /** @param register the breach log's service, which audits every change */
    public BreachLogResource(BreachRegister register) {
        this.register = register;
    }

    /**
     * A breach to log, with the facts to assess.
     *
     * @param id        the log's id; generated when absent
     * @param reference the organisation's reference
     * @param summary   what happened, in a line
     * @param facts     the facts, as {@code POST /v1/breaches/assessments} takes them
     */
    public record NewBreach(String id, String reference, String summary, BreachFacts facts) {
    }

    /**
     * A notification made.
     *
     * @param recipient       COMMISSIONER, DATA_SUBJECTS, PUBLIC_COMMUNICATION, NHS_DSPT, NIS_AUTHORITY, DHSC_NHS_ENGLAND
     * @param notifiedAt      when
     * @param reference       the recipient's reference, if any
     * @param reasonsForDelay why it was late, if it was
     */
    public record NewNotification(Recipient recipient, OffsetDateTime notifiedAt, String reference, String reasonsForDelay) {
    }

    /**
     * A note: an action taken, lessons learned, or why the Commissioner was not notified.
     *
     * @param text the text
     */
    public record Note(String text) {
    }

    /**
     * A logged breach.
     *
     * @param id                 its id
     * @param reference          the organisation's reference
     * @param summary            what happened
     * @param status             OPEN or CLOSED
     * @param assessments        every assessment, latest last
     * @param notifications      notifications made
     * @param reasonNotNotifying why the Commissioner was not notified, if recorded
     * @param actionsTaken       actions recorded
     * @param lessonsLearned     lessons recorded
     * @param closedAt           when closed
     * @param version            the version (also the ETag)
     */
    public record BreachJson(String id, String reference, String summary, String status, List<AssessmentJson> assessments,
                             List<Notification> notifications, String reasonNotNotifying, List<String> actionsTaken,
                             String lessonsLearned, Instant closedAt, long version) {
        static BreachJson of(BreachRecord r) {
            return new BreachJson(r.id(), r.reference(), r.summary(), r.status().name(),
                    r.assessments().stream().map(AssessmentJson::of).toList(), r.notifications(),
                    r.reasonNotNotifying(), r.actionsTaken(), r.lessonsLearned(), r.closedAt(), r.version());
        }
    }

    /**
     * One recorded assessment as the log shows it: without the facts it was made from (the log's readers see the
     * outcome; the facts stay in the store), the ENISA score as a decimal, tiers and duties by name.
     *
     * @param number               1 for the first
     * @param assessedAt           when
     * @param assessedBy           who
     * @param computedTier         the tier the rules gave
     * @param finalTier            the tier decided
     * @param enisaScore           the ENISA score
     * @param enisaBand            its band
     * @param notifyCommissioner   whether notification was required
     * @param commissionerDeadline by when
     * @param dataSubjectDuty      the Art 34 duty
     * @param dsptReportable       the DSPT outcome, when it applied
     * @param explanation          the steps, with citations
     */
    public record AssessmentJson(int number, Instant assessedAt, String assessedBy, String computedTier, String finalTier,
                                 BigDecimal enisaScore, String enisaBand, boolean notifyCommissioner,
                                 OffsetDateTime commissionerDeadline, String dataSubjectDuty, Boolean dsptReportable,
                                 List<StepJson> explanation) {
        static AssessmentJson of(RecordedAssessment a) {
            return new AssessmentJson(a.number(), a.assessedAt(), a.assessedBy(), a.computedTier().name(),
                    a.finalTier().name(), a.enisaScore().toBigDecimal(), a.enisaBand().name(), a.notifyCommissioner(),
                    a.commissionerDeadline(),
                    a.dataSubjectDuty().name(), a.dsptReportable(), StepJson.of(a.explanation()));
        }
    }

    /**
     * The pre-filled report to the Commissioner of a logged breach: its own response shape, with tiers and duties by
     * name, so that the domain's {@link ReportPayload} can change without changing the wire.
     *
     * @param breachId         the breach
     * @param reference        the organisation's reference
     * @param assessmentNumber the assessment whose facts fill the form (the latest)
     * @param assessedAt       when that assessment was made
     * @param form             the ICO form's fields; those the facts do not provide are null
     * @param checklist        the Art 33(3) content checklist
     * @param missing          the items of the checklist still missing (Art 33(4): they may follow in phases)
     * @param complete         true when nothing is missing
     */
    public record BreachReportJson(String breachId, String reference, int assessmentNumber, Instant assessedAt,
                                   ReportFormJson form, List<CheckJson> checklist, List<String> missing,
                                   boolean complete) {
        static BreachReportJson of(BreachReport r) {
            return new BreachReportJson(r.breachId(), r.reference(), r.assessmentNumber(), r.assessedAt(),
                    ReportFormJson.of(r.form()), r.checklist().stream().map(CheckJson::of).toList(),
                    r.missing().stream().map(ChecklistItem::item).toList(), r.isComplete());
        }
    }

    /**
     * The ICO personal data breach report form's fields, as {@link ReportPayload} documents them.
     *
     * @param regulator                 the regulator's name
     * @param reportType                INITIAL or FOLLOW_UP
     * @param description               what happened
     * @param howDiscovered             how it was discovered
     * @param occurredAt                when it happened, if known
     * @param discoveredAt              when the controller became aware (Europe/London offset)
     * @param cyberIncident             a cyber incident
     * @param breachTypes               CONFIDENTIALITY, INTEGRITY, AVAILABILITY
     * @param categoriesOfPersonalData  the categories of personal data
     * @param specialCategoryOrCriminal special-category or criminal-offence data involved
     * @param approximateRecords        approximate number of records
     * @param categoriesOfDataSubjects  the categories of data subjects
     * @param approximateDataSubjects   approximate number of data subjects
     * @param vulnerableDataSubjects    vulnerable people affected
     * @param likelyConsequences        the likely consequences
     * @param riskTier                  the tier decided
     * @param measuresTaken             measures taken or proposed
     * @param dataSubjectsInformed      the Art 34 duty as assessed
     * @param contactPoint              the DPO or other contact point
     * @param notifiedLate              reported after the deadline
     * @param reasonsForDelay           why, when late
     * @param otherRegulators           other bodies to be told
     */
    public record ReportFormJson(String regulator, String reportType, String description, String howDiscovered,
                                 OffsetDateTime occurredAt, OffsetDateTime discoveredAt, boolean cyberIncident,
                                 List<String> breachTypes, String categoriesOfPersonalData,
                                 boolean specialCategoryOrCriminal, Long approximateRecords,
                                 String categoriesOfDataSubjects, Integer approximateDataSubjects,
                                 boolean vulnerableDataSubjects, String likelyConsequences, String riskTier,
                                 String measuresTaken, String dataSubjectsInformed, String contactPoint,
                                 boolean notifiedLate, String reasonsForDelay, List<String> otherRegulators) {
        static ReportFormJson of(ReportPayload p) {
            return new ReportFormJson(p.regulator(), p.reportType(), p.description(), p.howDiscovered(),
                    p.occurredAt(), p.discoveredAt(), p.cyberIncident(), p.breachTypes(),
                    p.categoriesOfPersonalData(), p.specialCategoryOrCriminal(), p.approximateRecords(),
                    p.categoriesOfDataSubjects(), p.approximateDataSubjects(), p.vulnerableDataSubjects(),
                    p.likelyConsequences(), p.riskTier() == null ? null : p.riskTier().name(), p.measuresTaken(),
                    p.dataSubjectsInformed() == null ? null : p.dataSubjectsInformed().name(), p.contactPoint(),
                    p.notifiedLate(), p.reasonsForDelay(), p.otherRegulators());
        }
    }

    /**
     * One item the report must contain.
     *
     * @param item      what
     * @param provision where the law asks for it
     * @param provided  whether the facts provide it
     */
    public record CheckJson(String item, String provision, boolean provided) {
        static CheckJson of(ChecklistItem c) {
            return new CheckJson(c.item(), c.provision(), c.provided());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Log a breach and its first assessment (every breach is logged, reported or not: Art 33(5))")
    public Response log(NewBreach body, @Context UriInfo uri, @Context SecurityContext security) {
        Bodies.required(body);
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(body.facts() != null, "facts", "is required: the facts of the breach", null);
        problems.throwIfAny();
        BreachFacts facts = body.facts();
        String id = body.id() == null ? UUID.randomUUID().toString() : body.id();
        BreachRecord stored = register.log(id, body.reference(), body.summary(), facts, actor(security));
        URI location = uri.getBaseUriBuilder().path("v1/breaches/{id}").build(stored.id());
        return Response.created(location).tag(Versions.tagOf(stored.version())).entity(BreachJson.of(stored)).build();
    }

    @GET
    @Operation(summary = "Open breaches, or those aware between from and to (instants), paged")
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit,
                         @QueryParam("after") String after, @Context UriInfo uri) {
        PageRequest asked = Paging.requestOf(limit, after);
        Page<BreachRecord> page;
        if (from == null && to == null) {
            page = register.listOpen(asked);
        } else {
            page = register.listAwareBetween(instant(from, "from"), instant(to, "to"), asked);
        }
        return Paging.ok(page, BreachJson::of, asked, uri);
    }

    @GET
    @Path("/statistics")
    @Operation(summary = "Board statistics of breaches aware in [from, to)")
    public BoardStatistics statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return register.statistics(instant(from, "from"), instant(to, "to"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One breach, with its ETag")
    public Response get(@PathParam("id") String id) {
        BreachRecord record = register.get(id);
        return Response.ok(BreachJson.of(record)).tag(Versions.tagOf(record.version())).build();
    }

    /**
     * The report form of the latest assessment. DPO only, unlike the other reads: the log's READER view leaves the
     * facts out (see {@link AssessmentJson}), and the form is made of them (who was affected, which data, what
     * happened), the personal-data details of the breach that only the person reporting it needs.
     */
    @GET
    @Path("/{id}/report")
    @RequiresRole(Role.DPO)
    @Operation(summary = "The pre-filled report to the Commissioner of the breach's latest assessment, with the Art 33(3) "
            + "checklist of what is still missing")
    public BreachReportJson report(@PathParam("id") String id) {
        return BreachReportJson.of(register.report(id));
    }

    @POST
    @Path("/{id}/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Reassess the breach with new facts (If-Match required)")
    public Response reassess(@PathParam("id") String id, BreachFacts body, @Context Request http,
                             @Context HttpHeaders headers, @Context SecurityContext security) {
        BreachFacts facts = Bodies.required(body);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/breaches/" + id);
        BreachRecord stored = register.reassess(id, version, facts, actor(security));
        return ok(stored);
    }

    @POST
    @Path("/{id}/notifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Record a notification made (If-Match required)")
    public Response notify(@PathParam("id") String id, NewNotification body, @Context Request http,
                           @Context HttpHeaders headers, @Context SecurityContext security) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(body != null, "", "a JSON body is required", null);
        if (body != null) {
            problems.require(body.recipient() != null, "recipient", "is required", null);
            problems.require(body.notifiedAt() != null, "notifiedAt", "is required", null);
        }
        problems.throwIfAny();
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/breaches/" + id);
        BreachRecord stored = register.recordNotification(id, version, body.recipient(), body.notifiedAt(),
                body.reference(), body.reasonsForDelay(), actor(security));
        return ok(stored);
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Record an action taken (If-Match required)")
    public Response action(@PathParam("id") String id, Note body, @Context Request http, @Context HttpHeaders headers,
                           @Context SecurityContext security) {
        String text = text(body);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/breaches/" + id);
        BreachRecord stored = register.recordAction(id, version, text, actor(security));
        return ok(stored);
    }

    @POST
    @Path("/{id}/reason-not-notifying")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Record why the Commissioner is not notified (Art 33(5)); a breach that need not be reported "
            + "can then be closed (If-Match required)")
    public Response reasonNotNotifying(@PathParam("id") String id, Note body, @Context HttpHeaders headers,
                                       @Context SecurityContext security) {
        String text = text(body);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/breaches/" + id);
        return ok(register.recordReasonNotNotifying(id, version, text, actor(security)));
    }

    @POST
    @Path("/{id}/lessons-learned")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.DPO)
    @Operation(summary = "Record the lessons learned from the breach (If-Match required)")
    public Response lessonsLearned(@PathParam("id") String id, Note body, @Context HttpHeaders headers,
                                   @Context SecurityContext security) {
        String text = text(body);
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/breaches/" + id);
        return ok(register.recordLessonsLearned(id, version, text, actor(security)));
    }

    @POST
    @Path("/{id}/closure")
    @RequiresRole(Role.DPO)
    @Operation(summary = "Close the breach (If-Match required)")
    public Response close(@PathParam("id") String id, @Context Request http, @Context HttpHeaders headers,
                          @Context SecurityContext security) {
        long version = Versions.requireMatch(headers, register.get(id).version(), "/v1/breaches/" + id);
        BreachRecord stored = register.close(id, version, actor(security));
        return ok(stored);
    }

    private static Response ok(BreachRecord stored) {
        return Response.ok(BreachJson.of(stored)).tag(Versions.tagOf(stored.version())).build();
    }

    private static String text(Note body) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new ValidationException("text", "must not be blank", null);
        }
        return body.text();
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }

    private static Instant instant(String text, String path) {
        if (text == null) {
            throw new ValidationException(path, "is required: an instant such as 2024-01-01T00:00:00Z", null);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(path, "must be an instant with an offset, e.g. 2024-01-01T00:00:00Z", text);
        }
    }
}
