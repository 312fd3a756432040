/**
 * HTTP throughput of the igkit server against a bare JDK HTTP server answering the same JSON: a plain main class
 * ({@link org.igkit.bench.rest.HttpThroughput}), not a JMH benchmark, since the unit measured is a whole HTTP
 * exchange over loopback.
 */
package org.igkit.bench.rest;
