package id.kompeten.systemtest;

import id.kompeten.localstack.tokens.DevPersonas;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations under {@code /api/} of a running service, read from its own OpenAPI document ({@code /q/openapi}),
 * for the suites that derive their cases from it: a new operation is covered without editing them.
 */
final class OpenApiOperations {

    private static final Pattern ROLES = Pattern.compile("Roles: ([^\\n]+?)\\.\\s*$");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiOperations() {
    }

    /**
     * One operation as its document describes it.
     *
     * @param roles      the roles its description names ("Roles: A or B."), every role for "any authenticated caller"
     * @param definition the operation object of the document, as parsed
     * @param schemas    the document's {@code components.schemas}, to resolve {@code $ref}s
     */
    record Operation(String service, String method, String path, boolean secured, Set<String> roles,
            Map<String, Object> definition, Map<String, Object> schemas) {

        String name() {
            return service + " " + method.toUpperCase() + " " + path;
        }

        /** The path with every parameter replaced by a placeholder that matches the usual patterns. */
        String concretePath() {
            return PATH_PARAMETER.matcher(path).replaceAll("X1");
        }

        /** The parameters of the operation ({@code in}, {@code name}, {@code schema}, ...). */
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parameters() {
            Object parameters = definition.get("parameters");
            return parameters instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        }

        /** The schema of its {@code application/json} request body, {@code $ref} resolved; null when it has none. */
        @SuppressWarnings("unchecked")
        Map<String, Object> jsonBodySchema() {
            if (!(definition.get("requestBody") instanceof Map<?, ?> body)
                    || !(body.get("content") instanceof Map<?, ?> content)
                    || !(content.get("application/json") instanceof Map<?, ?> json)) {
                return null;
            }
            return resolve((Map<String, Object>) json.get("schema"));
        }

        /** The parameters in the given place ({@code path}, {@code query}, {@code header}). */
        List<Map<String, Object>> parameters(String in) {
            return parameters().stream().filter(parameter -> in.equals(parameter.get("in"))).toList();
        }

        /**
         * A value for a parameter from the document: its example, its schema's example, first enum value or default;
         * otherwise {@code fallback}.
         */
        @SuppressWarnings("unchecked")
        String exampleValue(Map<String, Object> parameter, String fallback) {
            Object example = parameter.get("example");
            Map<String, Object> schema = parameter.get("schema") instanceof Map<?, ?> map
                    ? resolve((Map<String, Object>) map) : null;
            if (example == null && schema != null) {
                example = schema.get("example") != null ? schema.get("example")
                        : schema.get("enum") instanceof List<?> values && !values.isEmpty() ? values.get(0)
                        : schema.get("default");
            }
            return example == null ? fallback : String.valueOf(example);
        }

        /**
         * A request body built from the document: each property's example (else first enum value, default, or a
         * plain value of its type), nested objects and arrays alike; null when the operation takes no JSON body.
         */
        Object exampleBody() {
            Map<String, Object> schema = jsonBodySchema();
            return schema == null ? null : exampleOf(schema, 0);
        }

        @SuppressWarnings("unchecked")
        private Object exampleOf(Map<String, Object> unresolved, int depth) {
            Map<String, Object> schema = resolve(unresolved);
            if (schema == null) {
                return "x";
            }
            for (Object example : new Object[] {unresolved.get("example"), schema.get("example"),
                    schema.get("examples") instanceof List<?> examples && !examples.isEmpty() ? examples.get(0) : null,
                    schema.get("enum") instanceof List<?> values && !values.isEmpty() ? values.get(0) : null,
                    schema.get("default")}) {
                if (example != null) {
                    return example;
                }
            }
            if (schema.get("allOf") instanceof List<?> all && all.size() == 1) {
                return exampleOf((Map<String, Object>) all.get(0), depth + 1);
            }
            return switch (typeOf(schema)) {
                case "object" -> {
                    Map<String, Object> object = new LinkedHashMap<>();
                    if (depth < 5 && schema.get("properties") instanceof Map<?, ?> properties) {
                        properties.forEach((name, property) -> object.put(String.valueOf(name),
                                exampleOf((Map<String, Object>) property, depth + 1)));
                    }
                    yield object;
                }
                case "array" -> depth < 5 && schema.get("items") instanceof Map<?, ?> items
                        ? List.of(exampleOf((Map<String, Object>) items, depth + 1)) : List.of();
                case "integer", "number" -> schema.get("minimum") instanceof Number minimum ? minimum : 1;
                case "boolean" -> true;
                default -> switch (String.valueOf(schema.get("format"))) {
                    case "date" -> "2026-03-10";
                    case "date-time" -> "2026-03-10T08:00:00Z";
                    default -> "Contoh";
                };
            };
        }

        /** A schema with its {@code $ref} (to {@code #/components/schemas/...}) followed; others as they are. */
        @SuppressWarnings("unchecked")
        Map<String, Object> resolve(Map<String, Object> schema) {
            Map<String, Object> resolved = schema;
            for (int depth = 0; resolved != null && resolved.get("$ref") instanceof String ref && depth < 10; depth++) {
                resolved = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return resolved;
        }
    }

    /** The schema's type; OpenAPI 3.1 may list it with "null" for nullable properties. */
    static String typeOf(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("");
        }
        if (type == null && schema.get("properties") != null) {
            return "object";
        }
        return type == null ? "" : String.valueOf(type);
    }

    /** The service's operations under /api/, from its OpenAPI document. */
    @SuppressWarnings("unchecked")
    static List<Operation> of(SystemStack stack, String service) {
        JsonPath document = stack.request(service).queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        Map<String, Object> schemas = document.getMap("components.schemas");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.forEach((method, value) -> {
                if (!(value instanceof Map<?, ?> operation) || !METHODS.contains(method)) {
                    return;
                }
                Object security = operation.get("security");
                boolean secured = security instanceof List<?> list && !list.isEmpty();
                operations.add(new Operation(service, method, path, secured,
                        roles(String.valueOf(operation.get("description"))), (Map<String, Object>) operation,
                        schemas == null ? Map.of() : schemas));
            });
        });
        return operations;
    }

    /** The roles of the description's "Roles: A, B or C." paragraph; every role for "any authenticated caller". */
    static Set<String> roles(String description) {
        Matcher matcher = ROLES.matcher(description);
        if (!matcher.find()) {
            return Set.of();
        }
        String named = matcher.group(1);
        if (named.startsWith("any authenticated caller")) {
            return Set.copyOf(DevPersonas.ROLES);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String part : named.split(",| or ")) {
            if (!part.isBlank()) {
                roles.add(part.strip());
            }
        }
        return roles;
    }
}
