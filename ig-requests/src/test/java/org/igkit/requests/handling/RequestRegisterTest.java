package org.igkit.requests.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.igkit.core.Nation;
import org.igkit.core.memory.InMemoryAuditLog;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.PageRequest;
import org.igkit.requests.calendar.BankHoliday;
import org.igkit.requests.calendar.BankHolidayCalendar;
import org.igkit.requests.calendar.DateRange;
import org.igkit.requests.calendar.Division;
import org.igkit.requests.engine.CalendarImpact;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.engine.DueDateChange;
import org.igkit.requests.engine.Status;
import org.igkit.requests.memory.InMemoryRequestRepository;
import org.igkit.requests.memory.InMemorySchoolCalendars;
import org.igkit.requests.regime.EventType;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.RequesterCategory;
import org.igkit.requests.register.TimelinessReport;
import org.igkit.requests.school.TermDatesSchoolCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The register keeps stored due dates in step with the engine and reports timeliness. */
class RequestRegisterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-12-01T09:00:00Z"), ZoneOffset.UTC);
    private static final BankHolidayCalendar SHIPPED = BankHolidayCalendar.shipped();
    private static final LocalDate OCT_2 = LocalDate.of(2024, 10, 2);

    private InMemoryRequestRepository repository;
    private InMemorySchoolCalendars schools;
    private RequestRegister register;
    private InMemoryAuditLog audit;

    @BeforeEach
    void setUp() {
        repository = InMemoryRequestRepository.create();
        schools = InMemorySchoolCalendars.create();
        audit = InMemoryAuditLog.create();
        register = RequestRegister.of(repository, DeadlineEngine.of(SHIPPED, CLOCK), schools, audit, CLOCK);
    }

    @Test
    @DisplayName("Receiving stores the computed due date; a clarification restart moves it; closing keeps it")
    void lifecycle() {
        InformationRequest received = register.receive(foi("R-1", OCT_2));
        assertThat(received.dueDate()).isEqualTo(LocalDate.of(2024, 10, 30));
        assertThat(received.version()).isEqualTo(1);

        InformationRequest asked = register.record("R-1", RequestEvent.of(EventType.CLARIFICATION_REQUESTED, OCT_2.plusDays(1)));
        assertThat(asked.findDueDate()).isEmpty();
        InformationRequest answered = register.record("R-1", RequestEvent.of(EventType.CLARIFICATION_RECEIVED,
                LocalDate.of(2024, 10, 10)));
        assertThat(answered.dueDate()).isEqualTo(LocalDate.of(2024, 11, 7));

        InformationRequest closed = register.close("R-1", LocalDate.of(2024, 11, 6), Outcome.GRANTED);
        assertThat(closed.isClosedOnTime()).isTrue();
        assertThat(register.deadlineOf("R-1", LocalDate.of(2024, 12, 1)).status())
                .isEqualTo(new Status.ClosedOnTime(LocalDate.of(2024, 11, 6)));
        assertThatThrownBy(() -> register.record("R-1", RequestEvent.of(EventType.CLARIFICATION_REQUESTED,
                LocalDate.of(2024, 11, 7)))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("An invalid timeline is refused before anything is stored")
    void invalidTimelineWritesNothing() {
        register.receive(foi("R-1", OCT_2));
        assertThatThrownBy(() -> register.record("R-1", RequestEvent.of(EventType.CLARIFICATION_RECEIVED, OCT_2)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("events[0].type");
        assertThat(repository.get("R-1").events()).isEmpty();
        assertThat(repository.get("R-1").version()).isEqualTo(1);
    }

    @Test
    @DisplayName("Due-or-overdue lists open requests by due date; a school request uses its stored calendar")
    void dueList() {
        schools.put(TermDatesSchoolCalendar.of("st-marys", List.of(DateRange.parse("2024-09-02", "2024-12-20")),
                List.of(), Nation.ENGLAND, SHIPPED));
        register.receive(foi("R-1", OCT_2));
        register.receive(foi("R-2", LocalDate.of(2024, 9, 2)));
        register.receive(InformationRequest.received("R-3", RegimeId.FOIA_SCHOOL, Nation.ENGLAND, "S-1",
                RequesterCategory.JOURNALIST, LocalDate.of(2024, 9, 2)).withSchoolCalendarId("st-marys"));
        assertThat(register.dueOnOrBefore(LocalDate.of(2024, 10, 30), PageRequest.first()).items())
                .extracting(InformationRequest::id).containsExactly("R-2", "R-3", "R-1");
        assertThatThrownBy(() -> register.receive(InformationRequest.received("R-4", RegimeId.FOIA_SCHOOL,
                Nation.ENGLAND, "S-2", RequesterCategory.JOURNALIST, OCT_2).withSchoolCalendarId("unknown")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("schoolCalendarId");
    }

    @Test
    @DisplayName("Timeliness: received, closed, on time, late, % on time and median days taken per regime")
    void timeliness() {
        register.receive(foi("R-1", OCT_2));
        register.close("R-1", LocalDate.of(2024, 10, 20), Outcome.GRANTED);
        register.receive(foi("R-2", OCT_2));
        register.close("R-2", LocalDate.of(2024, 11, 1), Outcome.REFUSED);
        register.receive(foi("R-3", OCT_2));
        register.close("R-3", LocalDate.of(2024, 10, 30), Outcome.NOT_HELD);
        register.receive(foi("R-4", LocalDate.of(2024, 11, 15)));
        register.receive(InformationRequest.received("S-1", RegimeId.UKGDPR_SAR, Nation.ENGLAND, "SAR-1",
                RequesterCategory.DATA_SUBJECT, OCT_2));

        TimelinessReport report = register.timeliness(DateRange.parse("2024-10-01", "2024-12-31"));

        TimelinessReport.Figures foi = report.regimes().get(0);
        assertThat(foi.regime()).isEqualTo(RegimeId.FOIA);
        assertThat(foi.received()).isEqualTo(4);
        assertThat(foi.closed()).isEqualTo(3);
        assertThat(foi.onTime()).isEqualTo(2);
        assertThat(foi.late()).isEqualTo(1);
        assertThat(foi.percentOnTime().getAsDouble()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        assertThat(foi.medianDaysTaken().getAsDouble()).isEqualTo(28.0);
        assertThat(report.regimes().get(1).percentOnTime()).isEmpty();
        assertThat(report.total().received()).isEqualTo(5);
    }

    @Test
    @DisplayName("alaveteli #7292: adding the 19 Sep 2022 State Funeral holiday moves open requests crossing it by one day")
    void calendarImpact() {
        BankHolidayCalendar without = SHIPPED;
        for (Division division : Division.values()) {
            without = without.withHolidayRemoved(LocalDate.of(2022, 9, 19), division);
        }
        BankHolidayCalendar with = without;
        for (Division division : Division.values()) {
            with = with.withHolidayAdded(BankHoliday.proclaimed(LocalDate.of(2022, 9, 19), division,
                    "Bank holiday for the State Funeral of Queen Elizabeth II", LocalDate.of(2022, 9, 10)));
        }
        List<InformationRequest> open = List.of(
                foi("R-1", LocalDate.of(2022, 9, 5)),
                foi("R-2", LocalDate.of(2022, 9, 20)),
                InformationRequest.received("S-1", RegimeId.UKGDPR_SAR, Nation.ENGLAND, "SAR-1",
                        RequesterCategory.DATA_SUBJECT, LocalDate.of(2022, 8, 19)));

        List<DueDateChange> changes = CalendarImpact.between(DeadlineEngine.of(SHIPPED, CLOCK), without, with, open,
                schools);

        assertThat(changes).containsExactly(
                new DueDateChange("R-1", "FOI-R-1", LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 4)),
                new DueDateChange("S-1", "SAR-1", LocalDate.of(2022, 9, 19), LocalDate.of(2022, 9, 20)));
        assertThat(changes.get(0).shiftInDays()).isEqualTo(1);
    }

    private static InformationRequest foi(String id, LocalDate received) {
        return InformationRequest.received(id, RegimeId.FOIA, Nation.ENGLAND, "FOI-" + id,
                RequesterCategory.MEMBER_OF_PUBLIC, received);
    }

    @Test
    @DisplayName("Every change is audited with the register's action names, and a stale version is refused")
    void everyChangeIsAudited() {
        InformationRequest received = register.receive(foi("R-9", OCT_2), "dpo");
        register.record("R-9", received.version(), RequestEvent.of(EventType.CLARIFICATION_REQUESTED, OCT_2.plusDays(1)),
                "dpo");
        assertThatThrownBy(() -> register.close("R-9", received.version(), LocalDate.of(2024, 11, 6), Outcome.GRANTED,
                "dpo")).isInstanceOf(ConflictException.class);
        register.close("R-9", received.version() + 1, LocalDate.of(2024, 11, 6), Outcome.GRANTED, "dpo");

        assertThat(audit.forSubject(RequestRegister.AUDIT_SUBJECT, "R-9")).extracting(e -> e.event().action())
                .containsExactly("request.received", "request.event", "request.closed");
    }

    @Test
    @DisplayName("A deadline asked without a date is answered for today in the UK: 23:30 UTC in summer is tomorrow")
    void todayIsTheUkDate() {
        Clock lateSummerEvening = Clock.fixed(Instant.parse("2024-10-21T23:30:00Z"), ZoneOffset.UTC);
        RequestRegister late = RequestRegister.of(repository, DeadlineEngine.of(SHIPPED, lateSummerEvening), schools,
                audit, lateSummerEvening);
        late.receive(foi("R-7", OCT_2), "dpo");

        assertThat(late.deadlineOf("R-7").asOf()).isEqualTo(LocalDate.of(2024, 10, 22));
    }
}
