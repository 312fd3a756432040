package org.igkit.examples.casework;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.igkit.core.Nation;
import org.igkit.core.explain.Explanation;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.requests.calendar.BankHoliday;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.Division;
import org.igkit.requests.engine.CalendarImpact;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DeadlineResult;
import org.igkit.requests.engine.DueDateChange;
import org.igkit.requests.handling.RequestRegister;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.requests.memory.InMemorySchoolCalendars;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.RequesterCategory;

/**
 * Example 2: a council's case-management system computing statutory deadlines for incoming requests.
 *
 * <p>It receives five requests in September 2026 (FOI, EIR and a UK GDPR subject access request), records a
 * clarification, a fee notice and payment, and extensions as they happen, and prints each request's due date, the
 * latest lawful date and its status, then the cited explanation of one. Then a bank holiday is proclaimed (a
 * hypothetical Monday 12 October 2026, in every UK division) and the example lists the open requests whose due date it
 * moves, before the new calendar is adopted.
 *
 * <p>The clock is fixed at 9:00 on 5 October 2026 (London) so the output is the same on every run. Run it from the
 * repository root with {@code ./mvnw -q -pl ig-examples -am package -DskipTests -Dexample=deadlines}.
 */
public final class CaseworkDeadlinesExample {
    /** When the example pretends to run. */
    public static final ZonedDateTime RUN_AT = ZonedDateTime.of(2026, 10, 5, 9, 0, 0, 0, ZoneId.of("Europe/London"));
    /** Who the example's changes are audited as. */
    public static final String CASEWORKER = "caseworker";
    /** The hypothetical bank holiday the example proclaims. */
    public static final LocalDate PROCLAIMED = LocalDate.of(2026, 10, 12);

    private CaseworkDeadlinesExample() {
    }

    /** Runs the example on {@link #RUN_AT}, printing to standard output. */
    public static void main(String[] args) {
        run(System.out, Clock.fixed(RUN_AT.toInstant(), RUN_AT.getZone()));
    }

    /** Runs the example with the given clock, printing to {@code out}. */
    public static void run(PrintStream out, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        DeadlineEngine engine = DeadlineEngine.shipped(clock);
        InMemoryRequestRepository repository = InMemoryRequestRepository.create();
        InMemorySchoolCalendars schools = InMemorySchoolCalendars.create();
        InMemoryAuditLog audit = InMemoryAuditLog.create();
        RequestRegister register = RequestRegister.of(repository, engine, schools, audit, clock);
        out.println("Bank-holiday calendar " + engine.calendar().version());
        out.println();

        register.receive(request("1", RegimeId.FOIA, "FOI-2026-0101", RequesterCategory.JOURNALIST,
                2026, 9, 14), CASEWORKER);
        record(register, "1", RequestEvent.parse("clarification_requested", "2026-09-15"));
        record(register, "1", RequestEvent.parse("clarification_received", "2026-09-22"));

        register.receive(request("2", RegimeId.FOIA, "FOI-2026-0102", RequesterCategory.BUSINESS,
                2026, 9, 21), CASEWORKER);
        record(register, "2", RequestEvent.parse("fees_notice", "2026-09-24"));
        record(register, "2", RequestEvent.parse("fee_paid", "2026-10-01"));

        register.receive(request("3", RegimeId.EIR, "EIR-2026-0007", RequesterCategory.CAMPAIGN_GROUP,
                2026, 9, 7), CASEWORKER);
        record(register, "3", RequestEvent.parse("extension_notice", "2026-09-30"));

        register.receive(request("4", RegimeId.UKGDPR_SAR, "SAR-2026-0042", RequesterCategory.DATA_SUBJECT,
                2026, 9, 10), CASEWORKER);
        record(register, "4", RequestEvent.parse("extension_notice", "2026-09-25"));

        register.receive(request("5", RegimeId.FOIA, "FOI-2026-0103", RequesterCategory.MEMBER_OF_PUBLIC,
                2026, 10, 1), CASEWORKER);

        out.println("Open requests as of " + today + ":");
        List<InformationRequest> open = openRequests(register);
        for (InformationRequest request : open) {
            DeadlineResult r = register.deadlineOf(request.id(), today);
            out.println("  " + request.reference() + " " + request.regime() + " received " + request.received()
                    + ": due " + r.dueDate() + ", latest " + r.latestDueDate() + ", " + r.status().code());
        }
        out.println();
        out.println("Why FOI-2026-0101 is due when it is:");
        printExplanation(out, register.deadlineOf("1", today).explanation());
        out.println();
        out.println("Why FOI-2026-0102 is due when it is:");
        printExplanation(out, register.deadlineOf("2", today).explanation());
        out.println();

        BankHolidayCalendar proclaimed = engine.calendar();
        for (Division division : Division.values()) {
            proclaimed = proclaimed.withHolidayAdded(BankHoliday.proclaimed(PROCLAIMED, division,
                    "Hypothetical proclaimed bank holiday", today));
        }
        out.println("A bank holiday is proclaimed for " + PROCLAIMED + " (hypothetical); new calendar "
                + proclaimed.version());
        List<DueDateChange> changes = CalendarImpact.between(engine, engine.calendar(), proclaimed, open, schools);
        out.println("It moves " + changes.size() + " of " + open.size() + " open requests:");
        for (DueDateChange change : changes) {
            out.println("  " + change.reference() + ": " + change.before() + " -> " + change.after()
                    + " (+" + change.shiftInDays() + " day" + (change.shiftInDays() == 1 ? "" : "s") + ")");
        }
        out.println();
        out.println("Audit log: " + audit.size() + " entries (each receipt and event, by " + CASEWORKER + "), chain "
                + (audit.verify().isIntact() ? "intact" : "BROKEN"));
    }

    /**
     * Records {@code event} on the stored version of request {@code id}, as the caseworker: the register checks the
     * version and audits the event under the caseworker's name, as it does for an HTTP caller.
     */
    private static void record(RequestRegister register, String id, RequestEvent event) {
        register.record(id, register.get(id).version(), event, CASEWORKER);
    }

    private static InformationRequest request(String id, RegimeId regime, String reference, RequesterCategory who,
                                              int year, int month, int day) {
        return InformationRequest.received(id, regime, Nation.ENGLAND, reference, who, LocalDate.of(year, month, day));
    }

    private static List<InformationRequest> openRequests(RequestRegister register) {
        return Page.all(PageRequest.DEFAULT_LIMIT, register::listOpen).toList();
    }

    private static void printExplanation(PrintStream out, Explanation explanation) {
        int n = 1;
        for (Explanation.Step step : explanation.steps()) {
            out.println("  " + n++ + ". " + step);
        }
    }
}
