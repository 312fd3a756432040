package org.igkit.requests.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.Nation;
import org.igkit.core.error.ValidationException;
import org.igkit.requests.port.SchoolCalendar;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.regime.RequestEvent;

/**
 * A question for the engine: a regime, the nation of the body, when the request arrived, what happened since,
 * and the date to report the status for.
 *
 * @param regime         the regime id
 * @param nation         the nation of the body that received it
 * @param received       the date of receipt (Europe/London)
 * @param receivedAt     the instant of arrival when given as one, else {@code null} (explained, never counted)
 * @param events         the timeline after receipt, in date order (may include {@code closed})
 * @param asOf           the date to report the status for, or {@code null} for today by the engine's clock
 * @param schoolCalendar the school's session days, for FOIA_SCHOOL and PUPIL_INFO_ENGLAND, else {@code null}
 * @param posted         the day a posted request was posted, for a regime with a postal presumption (FOISA s.74(2)(b):
 *                       presumed received the third day after), else {@code null}; the engine counts from the later
 *                       of {@code received} and the presumed day
 */
public record DeadlineQuery(RegimeId regime, Nation nation, LocalDate received, Instant receivedAt,
                            List<RequestEvent> events, LocalDate asOf, SchoolCalendar schoolCalendar,
                            LocalDate posted) {
    /** All UK jurisdictions count days in London time (Berend v ICO, EA/2006/0049-50). */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    public DeadlineQuery {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(received, "received");
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    /** A query without a posting date. */
    public DeadlineQuery(RegimeId regime, Nation nation, LocalDate received, Instant receivedAt,
                         List<RequestEvent> events, LocalDate asOf, SchoolCalendar schoolCalendar) {
        this(regime, nation, received, receivedAt, events, asOf, schoolCalendar, null);
    }

    /**
     * A request sent by post on {@code posted}, its arrival unknown: the engine counts from the day the regime
     * presumes it received (FOISA s.74(2)(b): the third day after posting), or refuses {@code posted} for a regime
     * without that presumption.
     */
    public static DeadlineQuery ofPosted(RegimeId regime, Nation nation, LocalDate posted) {
        return new DeadlineQuery(regime, nation, Objects.requireNonNull(posted, "posted"), null, List.of(), null, null,
                posted);
    }

    /** A request received on {@code received}, with no events. */
    public static DeadlineQuery of(RegimeId regime, Nation nation, LocalDate received) {
        return new DeadlineQuery(regime, nation, received, null, List.of(), null, null);
    }

    /** A request that arrived at {@code instant}: received on its Europe/London date. */
    public static DeadlineQuery ofInstant(RegimeId regime, Nation nation, Instant instant) {
        return new DeadlineQuery(regime, nation, LocalDate.ofInstant(instant, UK), instant, List.of(), null, null);
    }

    /**
     * Parses "received" as an ISO date ("2024-10-02") or an instant ("2024-10-02T23:30:00Z", converted to its
     * Europe/London date), or a {@link ValidationException} on {@code received}.
     */
    public static DeadlineQuery parse(RegimeId regime, Nation nation, String received) {
        if (received == null || received.isBlank()) {
            throw new ValidationException("received", "is required: an ISO date or instant", received);
        }
        try {
            if (received.contains("T")) {
                return ofInstant(regime, nation, java.time.OffsetDateTime.parse(received).toInstant());
            }
            return of(regime, nation, LocalDate.parse(received));
        } catch (DateTimeParseException e) {
            throw new ValidationException("received",
                    "must be an ISO date (2024-10-02) or an instant with an offset (2024-10-02T23:30:00Z)", received);
        }
    }

    /** The query for a request in the register: its regime, nation, receipt and timeline (closure included). */
    public static DeadlineQuery from(InformationRequest request, SchoolCalendar schoolCalendar) {
        return new DeadlineQuery(request.regime(), request.nation(), request.received(), null, request.timeline(), null,
                schoolCalendar);
    }

    /** A copy with {@code event} appended. */
    public DeadlineQuery withEvent(RequestEvent event) {
        List<RequestEvent> all = new ArrayList<>(events);
        all.add(event);
        return new DeadlineQuery(regime, nation, received, receivedAt, all, asOf, schoolCalendar, posted);
    }

    /** A copy with these events instead. */
    public DeadlineQuery withEvents(List<RequestEvent> timeline) {
        return new DeadlineQuery(regime, nation, received, receivedAt, timeline, asOf, schoolCalendar, posted);
    }

    /** A copy reporting the status as of {@code date}. */
    public DeadlineQuery withAsOf(LocalDate date) {
        return new DeadlineQuery(regime, nation, received, receivedAt, events, date, schoolCalendar, posted);
    }

    /** A copy counting school days on {@code calendar}. */
    public DeadlineQuery withSchoolCalendar(SchoolCalendar calendar) {
        return new DeadlineQuery(regime, nation, received, receivedAt, events, asOf, calendar, posted);
    }

    /** A copy with the request posted on {@code date} (see {@link #posted()}). */
    public DeadlineQuery withPosted(LocalDate date) {
        return new DeadlineQuery(regime, nation, received, receivedAt, events, asOf, schoolCalendar, date);
    }

    /** A copy counted as received on {@code date} (the presumed day of receipt of a posted request). */
    DeadlineQuery withReceived(LocalDate date) {
        return new DeadlineQuery(regime, nation, date, receivedAt, events, asOf, schoolCalendar, posted);
    }

    /** The posting date, if given. */
    public Optional<LocalDate> findPosted() {
        return Optional.ofNullable(posted);
    }

    /** The status date, if given. */
    public Optional<LocalDate> findAsOf() {
        return Optional.ofNullable(asOf);
    }
}
