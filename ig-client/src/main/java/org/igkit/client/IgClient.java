package org.igkit.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.client.api.AssetsApi;
import org.igkit.client.api.AuditApi;
import org.igkit.client.api.BreachesApi;
import org.igkit.client.api.CalculatorsApi;
import org.igkit.client.api.RequestsApi;
import org.igkit.client.api.RetentionApi;
import org.igkit.client.api.ServerApi;
import org.igkit.client.invoker.ApiClient;
import org.igkit.client.model.Problem;

/**
 * A client of one igkit server. Thread-safe once built; build one per server and share it.
 *
 * <pre>{@code
 * IgClient igkit = IgClient.builder(URI.create("http://127.0.0.1:8080")).apiKey(System.getenv("IG_API_KEY")).build();
 * DeadlineResponse due = igkit.calculators().calculateDeadline(
 *         new DeadlineRequest().regime("FOIA").nation("ENGLAND").received("2024-10-02"));
 * InformationRequest sar = igkit.requests().getRequest("SAR-1");
 * igkit.requests().addRequestEvent("SAR-1", ETags.of(sar.getVersion()), new NewEvent().type("CLOSED").date(today));
 * }</pre>
 *
 * <p>Every refused call throws a {@link ProblemException} carrying the server's problem+json (a
 * {@link ValidationProblemException} with its field violations on 422, {@link PreconditionFailedException} on a
 * stale or missing {@code If-Match}, {@link ConflictProblemException} on 409, {@link NotFoundProblemException} on
 * 404). A transport failure (refused connection, timeout) is an {@link org.igkit.client.invoker.ApiException} with
 * code 0.
 */
public final class IgClient {
    private final ApiClient apiClient;
    private final AssetsApi assets;
    private final AuditApi audit;
    private final BreachesApi breaches;
    private final CalculatorsApi calculators;
    private final RequestsApi requests;
    private final RetentionApi retention;
    private final ServerApi server;

    private IgClient(ApiClient apiClient) {
        this.apiClient = apiClient;
        // made once: the generated API objects are stateless over the ApiClient and safe to share
        this.assets = new AssetsApi(apiClient);
        this.audit = new AuditApi(apiClient);
        this.breaches = new BreachesApi(apiClient);
        this.calculators = new CalculatorsApi(apiClient);
        this.requests = new RequestsApi(apiClient);
        this.retention = new RetentionApi(apiClient);
        this.server = new ServerApi(apiClient);
    }

    /**
     * Starts a client of the server at {@code baseUri}.
     *
     * @param baseUri the server's address, e.g. {@code http://127.0.0.1:8080}, without {@code /v1}
     * @return a builder
     */
    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    /** @return the asset register, the Record of Processing Activities and the public register */
    public AssetsApi assets() {
        return assets;
    }

    /** @return the audit log, its verification and checkpoints */
    public AuditApi audit() {
        return audit;
    }

    /** @return the breach log and its assessments, actions, notifications and reports */
    public BreachesApi breaches() {
        return breaches;
    }

    /** @return the three stateless calculators: deadlines, retention, breach assessment */
    public CalculatorsApi calculators() {
        return calculators;
    }

    /** @return the request register */
    public RequestsApi requests() {
        return requests;
    }

    /** @return schedules, records, holds, reviews and disposal batches */
    public RetentionApi retention() {
        return retention;
    }

    /** @return health and the OpenAPI document */
    public ServerApi server() {
        return server;
    }

    /** @return the JSON mapper the client reads and writes with (java.time as ISO-8601 strings) */
    public ObjectMapper mapper() {
        return apiClient.getObjectMapper();
    }

    /** @return the generated transport under this client, for what the typed methods do not cover */
    public ApiClient apiClient() {
        return apiClient;
    }

    /** How to reach the server; {@link #build()} makes the client. */
    public static final class Builder {
        private final URI baseUri;
        private String apiKey;
        // HTTP/1.1: the server speaks nothing else, and the JDK's default (HTTP/2) would try an h2c upgrade on
        // every new connection
        private HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        private Duration readTimeout = Duration.ofSeconds(30);
        private ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        private Consumer<HttpRequest.Builder> onRequest = request -> { };

        private Builder(URI baseUri) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
            if (baseUri.getScheme() == null || baseUri.getHost() == null) {
                throw new IllegalArgumentException("baseUri must be absolute, e.g. http://127.0.0.1:8080: " + baseUri);
            }
        }

        /**
         * Sends {@code Authorization: Bearer <apiKey>} with every call. Without a key only {@code /health},
         * {@code /openapi.json} and the calculators answer (and a server may refuse even those).
         *
         * @param apiKey a key from the server's {@code ig.auth.keys}; {@code null} or blank for none
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
            return this;
        }

        /**
         * @param http the JDK client builder to use (proxy, TLS context, executor, connect timeout); built once
         * @return this builder
         */
        public Builder httpClient(HttpClient.Builder http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /**
         * @param readTimeout how long one call may wait for its answer; 30 seconds unless set
         * @return this builder
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
            return this;
        }

        /**
         * @param mapper the JSON mapper, e.g. {@code ApiClient.createDefaultObjectMapper()} with more features; it
         *     must keep the java.time module the default one registers
         * @return this builder
         */
        public Builder mapper(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /**
         * @param onRequest called with every request just before it is sent, after the client's own headers are
         *     set: to add a header of your own (a correlation id), or to log what is sent
         * @return this builder
         */
        public Builder onRequest(Consumer<HttpRequest.Builder> onRequest) {
            this.onRequest = Objects.requireNonNull(onRequest, "onRequest");
            return this;
        }

        /** @return the client */
        public IgClient build() {
            String base = baseUri.toString().replaceAll("/+$", "");
            // the generated ApiClient builds a new HttpClient, with a connection pool of its own, each time an API
            // object asks for one; one shared client keeps to one pool (the server limits connections per client)
            HttpClient shared = http.build();
            ApiClient api = new ApiClient(http, mapper, base) {
                @Override
                public HttpClient getHttpClient() {
                    return shared;
                }
            };
            api.setReadTimeout(readTimeout);
            String authorization = apiKey == null ? null : "Bearer " + apiKey;
            Consumer<HttpRequest.Builder> hook = onRequest;
            api.setRequestInterceptor(request -> {
                if (authorization != null) {
                    request.setHeader("Authorization", authorization);
                }
                // an operation that answers JSON or CSV (GET /v1/schedules/{id}) is generated to accept both, and
                // the server then picks CSV; the generated method returns the model, so ask for JSON
                String accept = request.build().headers().firstValue("Accept").orElse("");
                if (accept.contains(",") && accept.contains("application/json")) {
                    request.setHeader("Accept", "application/json");
                }
                hook.accept(request);
            });
            // every generated operation calls this before it looks at the status: a problem+json answer becomes
            // a typed exception here, once, instead of a status code and a string body at each call site
            ObjectMapper json = mapper;
            api.setResponseInterceptor(response -> {
                throwIfProblem(response, json);
                return TextAnswer.asJsonString(response, json);
            });
            return new IgClient(api);
        }
    }

    private static void throwIfProblem(HttpResponse<InputStream> response, ObjectMapper mapper) {
        if (response.statusCode() < 400) {
            return;
        }
        Optional<String> type = response.headers().firstValue("Content-Type");
        if (type.isEmpty() || !type.get().toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json")) {
            return; // not ours to read: the generated code turns it into an ApiException with the body
        }
        String body;
        try (InputStream in = ApiClient.getResponseBody(response)) {
            body = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the problem+json body of a " + response.statusCode(), e);
        }
        Problem problem;
        try {
            problem = mapper.readValue(body, Problem.class);
        } catch (IOException unreadable) {
            problem = new Problem().status(response.statusCode()).type("about:blank").title(body);
        }
        throw ProblemException.of(response.statusCode(), response.headers(), body, problem);
    }
}
