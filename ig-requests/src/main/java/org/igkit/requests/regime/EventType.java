package org.igkit.requests.regime;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.igkit.core.error.ValidationException;

/**
 * What can happen to a request after it is received, with the snake_case ids of the spec vocabulary
 * (deadlines.md §8). Each "received" type names the "requested" type it answers.
 */
public enum EventType {
    /** The authority asked the requester to clarify (FOIA s.1(3), EIR reg 9(2), FOISA s.1(3), SAR Art 12A). */
    CLARIFICATION_REQUESTED("clarification_requested"),
    /** The clarification arrived: FOIA/EIR/FOISA restart, a SAR pause ends. */
    CLARIFICATION_RECEIVED("clarification_received"),
    /** A FOIA s.9 fees notice was given: working days from here to the payment are disregarded (s.10(2)). */
    FEES_NOTICE("fees_notice"),
    /** The fee named in a fees notice was received. */
    FEE_PAID("fee_paid"),
    /** FOIA s.10(3): the authority needs more time to consider the public interest. */
    PIT_EXTENSION_NOTICE("pit_extension_notice"),
    /** An extension allowed by the regime was notified (EIR/EISR reg 7, internal review Code, SAR Art 12(3)). */
    EXTENSION_NOTICE("extension_notice"),
    /** SAR: the controller asked for proof of identity. */
    ID_REQUESTED("id_requested"),
    /** SAR: proof of identity arrived; the month restarts. */
    ID_RECEIVED("id_received"),
    /** SAR: the controller asked for a fee (manifestly unfounded or excessive, or further copies). */
    FEE_REQUESTED("fee_requested"),
    /** SAR: the fee arrived; the month restarts. */
    FEE_RECEIVED("fee_received"),
    /** AHRA 1990 s.3(6): the holder asked for information to identify the patient or the entitlement. */
    FURTHER_INFO_REQUESTED("further_info_requested"),
    /** AHRA 1990 s.3(6): the information arrived; the period runs from this day. */
    FURTHER_INFO_RECEIVED("further_info_received"),
    /** The request was answered or otherwise closed. */
    CLOSED("closed");

    private final String id;

    EventType(String id) {
        this.id = id;
    }

    /** The snake_case id, e.g. "clarification_received". */
    public String id() {
        return id;
    }

    /** The type whose id is {@code id}, or a {@link ValidationException} on {@code type} naming the bad value. */
    public static EventType parse(String id) {
        for (EventType candidate : values()) {
            if (candidate.id.equals(id)) {
                return candidate;
            }
        }
        throw new ValidationException("type", "must be one of "
                + Arrays.stream(values()).map(EventType::id).collect(Collectors.joining(", ")), id);
    }

    /** For a "received"/"paid" type, the type that must come before it; empty for the others. */
    public Optional<EventType> findAnswers() {
        switch (this) {
            case CLARIFICATION_RECEIVED:
                return Optional.of(CLARIFICATION_REQUESTED);
            case FEE_PAID:
                return Optional.of(FEES_NOTICE);
            case ID_RECEIVED:
                return Optional.of(ID_REQUESTED);
            case FEE_RECEIVED:
                return Optional.of(FEE_REQUESTED);
            case FURTHER_INFO_RECEIVED:
                return Optional.of(FURTHER_INFO_REQUESTED);
            default:
                return Optional.empty();
        }
    }

    /** For a "requested"/"notice" type that waits for an answer, the answering type; empty for the others. */
    public Optional<EventType> findAnsweredBy() {
        for (EventType type : values()) {
            if (type.findAnswers().orElse(null) == this) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
