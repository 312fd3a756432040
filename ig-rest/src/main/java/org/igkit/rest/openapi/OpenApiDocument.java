package org.igkit.rest.openapi;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.PrimitiveType;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI 3.1 document of a set of resource classes, generated with swagger's {@link Reader} (no servlet,
 * no class-path scan; STACK.md §6) on first use and kept.
 */
public final class OpenApiDocument {
    /** The name of the bearer-key security scheme the protected operations refer to. */
    public static final String SECURITY_SCHEME = "apiKey";

    private final Set<Class<?>> resources;
    private final String version;
    private volatile OpenAPI document;

    private OpenApiDocument(Set<Class<?>> resources, String version) {
        this.resources = Set.copyOf(resources);
        this.version = version;
    }

    /**
     * The document of {@code resources}.
     *
     * @param resources the resource classes served
     * @param version   the API version shown in {@code info.version}
     */
    public static OpenApiDocument of(Set<Class<?>> resources, String version) {
        return new OpenApiDocument(resources, version);
    }

    /** The document as JSON. */
    public String toJson() {
        return Json31.pretty(toModel());
    }

    /** The document as YAML. */
    public String toYaml() {
        return Yaml31.pretty(toModel());
    }

    /** The document, generated once. */
    public OpenAPI toModel() {
        OpenAPI built = document;
        if (built == null) {
            synchronized (this) {
                built = document;
                if (built == null) {
                    built = generate();
                    document = built;
                }
            }
        }
        return built;
    }

    private OpenAPI generate() {
        // Jackson writes Period as "P6Y" and MonthDay as "--04-01"; swagger would describe them as objects. Set here,
        // on first use, not when the server starts: loading swagger's type tables cost every start 40 ms.
        PrimitiveType.customClasses().put("java.time.Period", PrimitiveType.STRING);
        PrimitiveType.customClasses().put("java.time.MonthDay", PrimitiveType.STRING);
        OpenAPI base = new OpenAPI()
                .info(new Info().title("igkit HTTP API").version(version)
                        .description("UK information-governance law as software: statutory request deadlines, "
                                + "retention, breach assessment, and their registers. Errors are RFC 9457 "
                                + "application/problem+json.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().securitySchemes(Map.of(SECURITY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("An API key from ig.auth.keys, sent as 'Authorization: Bearer <key>'"))));
        return new Reader(new SwaggerConfiguration().openAPI(base).openAPI31(true)).read(resources);
    }
}
