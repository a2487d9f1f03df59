package id.kompeten.localstack.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An OpenAPI document's schemas as a JSON Schema validator sees them: any schema in the document, addressed by its
 * JSON Pointer, validates a value in the dialect of the document's OpenAPI version (3.0: {@code nullable}, single
 * {@code example}; 3.1: JSON Schema 2020-12, {@code type: [string, "null"]}), with {@code format} assertions on.
 * {@code $ref}s to {@code #/components/schemas/...} resolve inside the document. Shared by {@link OpenApiContract}
 * (examples) and {@link OpenApiResponses} (real answers); safe to use from several threads.
 */
final class OpenApiSchemas {

    /** The document is loaded under this made-up address, so "#/components/schemas/X" resolves inside it. */
    private static final String DOCUMENT = "https://kompeten.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DOCUMENT_FIELDS = List.of("openapi", "info", "jsonSchemaDialect", "servers",
            "paths", "webhooks", "components", "security", "tags", "externalDocs");

    private final JsonNode document;
    private final SchemaRegistry registry;
    /** Compiled once per pointer: a test suite validates thousands of answers against a few dozen schemas. */
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiSchemas(JsonNode document, String json) {
        this.document = document;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH).build();
        this.registry = SchemaRegistry.withDialect(dialect(document),
                builder -> builder.schemas(Map.of(DOCUMENT, json)).schemaRegistryConfig(config));
    }

    static OpenApiSchemas of(String json) {
        try {
            return new OpenApiSchemas(JSON.readTree(json), json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document() {
        return document;
    }

    /** What is wrong with the value by the schema at the pointer (e.g. {@code /components/schemas/Course}). */
    List<Error> validate(String schemaPointer, JsonNode value) {
        return compiled.computeIfAbsent(schemaPointer,
                pointer -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer))).validate(value);
    }

    /** RFC 6901: a map key as one JSON Pointer segment. */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The schema dialect of the document's OpenAPI version. The whole document is loaded as one resource, so its own
     * top-level fields are made known keywords that validate nothing (otherwise each is logged as an unknown keyword).
     */
    private static Dialect dialect(JsonNode document) {
        String version = document.path("openapi").asText("");
        Dialect base;
        if (version.startsWith("3.0")) {
            base = Dialects.getOpenApi30();
        } else if (version.startsWith("3.1")) {
            base = Dialects.getOpenApi31();
        } else {
            throw new IllegalArgumentException("Not an OpenAPI 3.0 or 3.1 document: openapi=" + version);
        }
        Dialect.Builder dialect = Dialect.builder(base);
        DOCUMENT_FIELDS.forEach(field -> dialect.keyword(new NonValidationKeyword(field)));
        return dialect.build();
    }
}
