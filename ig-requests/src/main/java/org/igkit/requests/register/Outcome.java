package org.igkit.requests.register;

/** How a closed request ended. */
public enum Outcome {
    /** All the information was provided. */
    GRANTED,
    /** Some information was provided, some withheld. */
    PARTLY_GRANTED,
    /** All the information was withheld under an exemption or exception. */
    REFUSED,
    /** The information is not held. */
    NOT_HELD,
    /** The requester withdrew the request. */
    WITHDRAWN,
    /** The request lapsed: a fee was not paid or a clarification never came. */
    LAPSED,
    /** The request was transferred to another body. */
    TRANSFERRED
}
