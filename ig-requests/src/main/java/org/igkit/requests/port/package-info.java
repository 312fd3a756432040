/**
 * What ig-requests needs from the outside world: a store for the request register and the schools' session
 * calendars. Interfaces only; adapters live elsewhere ({@code org.igkit.requests.memory}, ig-store-sqlite).
 */
package org.igkit.requests.port;
