package org.igkit.rest.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * The OpenAPI 3.1 document of this API: an authored file, {@value #RESOURCE} on the class path, not a scan of the
 * resource classes. The document is the contract; ig-rest's build validates it with openapi-generator's validator,
 * and its tests check that it names exactly the operations the server serves and that real responses match its
 * schemas (docs/http.md, "The OpenAPI document"). Read on first use and kept.
 */
public final class OpenApiDocument {
    /** The name of the bearer-key security scheme the protected operations refer to. */
    public static final String SECURITY_SCHEME = "apiKey";
    /** Where the authored document lives on the class path. */
    public static final String RESOURCE = "/openapi/igkit.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String version;
    private volatile Rendered rendered;

    private record Rendered(JsonNode tree, String json, String yaml) {
    }

    private OpenApiDocument(String version) {
        this.version = version;
    }

    /**
     * The document served alongside {@code resources}.
     *
     * @param resources the resource classes served (the authored document describes them; the tests compare)
     * @param version   the API version shown in {@code info.version}
     */
    public static OpenApiDocument of(Set<Class<?>> resources, String version) {
        return new OpenApiDocument(version);
    }

    /** The document as JSON. */
    public String toJson() {
        return render().json();
    }

    /** The document as YAML. */
    public String toYaml() {
        return render().yaml();
    }

    /** The document as a JSON tree (do not modify it). */
    public JsonNode toTree() {
        return render().tree();
    }

    /** The authored document as it is on the class path, without this server's {@code info.version}. */
    public static JsonNode authored() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Rendered render() {
        Rendered done = rendered;
        if (done == null) {
            synchronized (this) {
                done = rendered;
                if (done == null) {
                    JsonNode tree = authored();
                    ((ObjectNode) tree.path("info")).put("version", version);
                    try {
                        done = new Rendered(tree, JSON.writeValueAsString(tree), YAML.writeValueAsString(tree));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rendered = done;
                }
            }
        }
        return done;
    }
}
