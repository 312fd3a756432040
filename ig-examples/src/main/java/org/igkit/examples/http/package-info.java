/**
 * A line-of-business application calling igkit's HTTP API with the JDK's {@code java.net.http.HttpClient}:
 * {@link org.igkit.examples.http.LineOfBusinessExample}.
 */
package org.igkit.examples.http;
