package org.igkit.rest.retention;

/**
 * An offset, such as how long a review extends retention by.
 *
 * @param years  years
 * @param months months
 * @param days   days
 */
public record OffsetJson(Integer years, Integer months, Integer days) {
}
