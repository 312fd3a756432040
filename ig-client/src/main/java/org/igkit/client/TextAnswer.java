package org.igkit.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.client.invoker.ApiClient;

/**
 * The generated operations read every answer with Jackson, also those whose document type is a string served as
 * {@code text/csv} or {@code application/yaml} (the RoPA and public register as CSV, a schedule as CSV, the OpenAPI
 * document as YAML): Jackson fails on {@code id,name}. Only {@code text/plain} has a special case in the generator.
 * So a successful answer that is not JSON is handed on as the JSON string of its text, which Jackson reads back to
 * exactly that text.
 */
final class TextAnswer {
    private TextAnswer() {
    }

    static HttpResponse<InputStream> asJsonString(HttpResponse<InputStream> response, ObjectMapper mapper) {
        if (response.statusCode() / 100 != 2 || isJson(response.headers())) {
            return response;
        }
        String text;
        try (InputStream in = ApiClient.getResponseBody(response)) {
            text = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the answer of " + response.uri(), e);
        }
        if (text == null || text.isEmpty()) {
            return new Replaced(response, InputStream.nullInputStream());
        }
        try {
            return new Replaced(response, new ByteArrayInputStream(mapper.writeValueAsBytes(text)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string always writes as JSON", e);
        }
    }

    private static boolean isJson(HttpHeaders headers) {
        Optional<String> type = headers.firstValue("Content-Type");
        if (type.isEmpty()) {
            return true; // nothing says otherwise: leave it to the generated code
        }
        String media = type.get().split(";")[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.endsWith("+json");
    }

    /** The same response with another body; the headers still say what the server sent. */
    private static final class Replaced implements HttpResponse<InputStream> {
        private final HttpResponse<InputStream> original;
        private final InputStream body;

        Replaced(HttpResponse<InputStream> original, InputStream body) {
            this.original = original;
            this.body = body;
        }

        @Override
        public int statusCode() {
            return original.statusCode();
        }

        @Override
        public HttpRequest request() {
            return original.request();
        }

        @Override
        public Optional<HttpResponse<InputStream>> previousResponse() {
            return original.previousResponse();
        }

        @Override
        public HttpHeaders headers() {
            return original.headers();
        }

        @Override
        public InputStream body() {
            return body;
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return original.sslSession();
        }

        @Override
        public URI uri() {
            return original.uri();
        }

        @Override
        public HttpClient.Version version() {
            return original.version();
        }
    }
}
