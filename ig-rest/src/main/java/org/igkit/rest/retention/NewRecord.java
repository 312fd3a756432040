package org.igkit.rest.retention;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A record to file: the body of {@code POST /v1/records} and one line of an NDJSON import.
 *
 * @param id       the record's id
 * @param schedule the schedule's id
 * @param entry    the entry's id in it
 * @param facts    dates (YYYY-MM-DD) and flags by name
 */
public record NewRecord(String id, String schedule, String entry, Map<String, JsonNode> facts) {
}
