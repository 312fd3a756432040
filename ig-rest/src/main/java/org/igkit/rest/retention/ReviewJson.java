package org.igkit.rest.retention;

import java.time.LocalDate;

/**
 * A review of a record, as {@code POST /v1/retention/calculations} (in {@code reviews[]}) and
 * {@code POST /v1/records/{id}/reviews} (as the body) read it.
 *
 * @param reviewedOn when
 * @param outcome    EXTEND, EXTEND_UNTIL, DISPOSE or TRANSFER_TO_ARCHIVES
 * @param extendBy   for EXTEND: how long
 * @param until      for EXTEND_UNTIL: until when
 * @param nextAction the action after the review, when it changes
 * @param reason     why
 */
public record ReviewJson(LocalDate reviewedOn, String outcome, OffsetJson extendBy, LocalDate until,
                         String nextAction, String reason) {
}
