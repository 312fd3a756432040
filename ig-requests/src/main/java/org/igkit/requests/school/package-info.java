/**
 * School session calendars from term dates and closures: the shipped implementation of the
 * {@link org.igkit.requests.port.SchoolCalendar} port.
 */
package org.igkit.requests.school;
