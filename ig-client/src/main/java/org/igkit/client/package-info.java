/**
 * A typed Java client of the igkit HTTP API.
 *
 * <p>{@link org.igkit.client.IgClient} is the entry point: it hands out one object per group of operations
 * ({@code requests()}, {@code retention()}, {@code breaches()}, ...), whose methods and models
 * ({@code org.igkit.client.api}, {@code org.igkit.client.model}) are generated at build time from the OpenAPI
 * document the server serves, so they cannot drift from it. The hand-written parts are here: a refused call throws
 * a {@link org.igkit.client.ProblemException} (or one of its subclasses by status), {@link org.igkit.client.ETags}
 * turns an entity's version into the {@code If-Match} value an update needs, and {@link org.igkit.client.Pages}
 * walks a paged list as an {@link java.util.Iterator}.
 *
 * <p>{@code org.igkit.client.invoker} holds the generated transport ({@code ApiClient}, {@code ApiException},
 * {@code ApiResponse}); it is public because the generated operations use it, and {@code IgClient.apiClient()}
 * exposes it for what this package does not cover.
 */
package org.igkit.client;
