/**
 * The statutory regimes as data (period, unit, day-0 rule, calendar, allowed events, extensions, citations),
 * versioned by the date each version took effect, and the vocabulary of request events.
 */
package org.igkit.requests.regime;
