package org.igkit.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.Path;

import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;
import org.igkit.rest.server.IgApplication;

/** The OpenAPI document describes exactly what the server serves. */
class OpenApiContractTest {
    private static RunningServer server;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        server = RunningServer.start();
        Reply reply = server.send("GET", "/openapi.json", null);
        assertThat(reply.status()).isEqualTo(200);
        document = reply.json();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("The document is OpenAPI 3.1 with the bearer-key scheme")
    void isOpenApi31() {
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.path("components").path("securitySchemes").path("apiKey").path("scheme").asText())
                .isEqualTo("bearer");
    }

    @Test
    @DisplayName("Every operation the server serves is documented, and nothing else is")
    void documentedOperationsAreServedOperations() {
        Set<String> served = new TreeSet<>();
        IgApplication.of(RunningServer.settings(Map.of()), server.server().root()).getInstances().stream()
                .filter(r -> r.getClass().isAnnotationPresent(Path.class))
                // the console's HTML pages (docs/console.md) are not operations of the JSON API the document describes
                .filter(r -> !r.getClass().getPackageName().startsWith("org.igkit.rest.console"))
                .forEach(r -> collect(Resource.from(r.getClass()), "", served));

        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            path.getValue().properties().forEach(m -> documented.add(m.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        assertThat(served).isNotEmpty();
        assertThat(documented).isEqualTo(served);
    }

    @Test
    @DisplayName("Every documented GET without path parameters answers (no 404 for the path, no 405)")
    void documentedGetsAnswer() {
        document.path("paths").properties().forEach(path -> {
            if (path.getValue().has("get") && !path.getKey().contains("{")) {
                Reply reply = server.get(path.getKey());
                assertThat(reply.status()).as(path.getKey() + " -> " + reply).isNotIn(404, 405, 500);
            }
        });
    }

    private static void collect(Resource resource, String parent, Set<String> into) {
        String path = join(parent, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            into.add(method.getHttpMethod() + " " + path);
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, into);
        }
    }

    private static String join(String parent, String path) {
        String joined = (parent + "/" + (path == null ? "" : path)).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
