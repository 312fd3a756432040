package org.igkit.rest.console;

/**
 * One choice of a select or radio group.
 *
 * @param value    what the form sends
 * @param label    what the reader sees
 * @param selected whether it is the current choice
 */
public record Option(String value, String label, boolean selected) {
}
