/**
 * UK calendars: bank holidays per division from the shipped GOV.UK dataset (projected by the statutory rules
 * outside it), embedder changes that make a new calendar version, the working-day rule of each statute, and the
 * one-off day index that makes "add N working days" and "count working days between" O(1).
 */
package org.igkit.requests.calendar;
