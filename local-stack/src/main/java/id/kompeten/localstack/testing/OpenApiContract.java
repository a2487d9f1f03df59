package id.kompeten.localstack.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static id.kompeten.localstack.testing.OpenApiSchemas.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a client generator (OpenAPI Generator, openapi-typescript, ...) needs from a service's OpenAPI document, checked
 * the way such a tool reads it:
 * <ul>
 * <li>every operation has an {@code operationId}, lowerCamelCase and unique in the document (clients name their
 * methods after it);</li>
 * <li>every example validates against its schema with a real JSON Schema validator, in the dialect of the document's
 * OpenAPI version: parameter, header and body examples (single {@code example} and {@code examples} maps, also
 * through {@code #/components/examples}), and the {@code example}, {@code examples} and {@code default} of every
 * schema and subschema;</li>
 * <li>security requirements name declared schemes, and list scopes only for OAuth2/OpenID Connect schemes (OpenAPI
 * 3.0 allows nothing else; the platform's SecurityRolesFilter moves role names into the operation description, where
 * a secured operation must state them as "Roles: ...").</li>
 * </ul>
 * {@link ServiceStartupContract} runs it for every service; a module with other test resources calls
 * {@link #assertReadyForClientGenerators()} itself. Lists every gap at once rather than the first. Examples only show
 * what their authors thought of; {@link OpenApiResponseFilter} checks the real answers against the same schemas.
 */
public final class OpenApiContract {

    /** How generated clients name methods; also what keeps the names stable and readable. */
    static final Pattern OPERATION_ID = Pattern.compile("[a-z][a-zA-Z0-9]*");

    /** Where a secured operation states who may call it (written by the platform's SecurityRolesFilter). */
    static final String ROLES_LINE = "Roles: ";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Set<String> SCOPED_SCHEMES = Set.of("oauth2", "openIdConnect");

    private final JsonNode document;
    private final OpenApiSchemas schemas;
    private final List<String> violations = new ArrayList<>();

    private OpenApiContract(OpenApiSchemas schemas) {
        this.document = schemas.document();
        this.schemas = schemas;
    }

    /** Fetches the running application's document from /q/openapi and fails naming every violation. */
    public static void assertReadyForClientGenerators() {
        String json = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        List<String> violations = violations(json);
        assertTrue(violations.isEmpty(), () -> violations.size() + " OpenAPI document violations:\n"
                + String.join("\n", violations));
    }

    /** Every way the document falls short of the contract; empty when it holds. */
    public static List<String> violations(String json) {
        OpenApiContract contract = new OpenApiContract(OpenApiSchemas.of(json));
        contract.checkOperations();
        contract.checkComponents();
        contract.checkSecurity("document", contract.document.path("security"));
        return List.copyOf(contract.violations);
    }

    private void checkOperations() {
        Map<String, String> operationIds = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String pathPointer = "/paths/" + escape(path.getKey());
            checkParameters(path.getKey(), pathPointer, path.getValue());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                String pointer = pathPointer + "/" + op.getKey();
                JsonNode operation = op.getValue();
                checkOperationId(name, operation, operationIds);
                checkParameters(name, pointer, operation);
                checkContent(name + " request body", pointer + "/requestBody", operation.path("requestBody"));
                for (Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
                        responses.hasNext();) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    checkResponse(name + " response " + response.getKey(),
                            pointer + "/responses/" + escape(response.getKey()), response.getValue());
                }
                checkSecurity(name, operation.path("security"));
                if (secured(operation) && !operation.path("description").asText("").contains(ROLES_LINE)) {
                    violations.add(name + ": secured, but its description does not state the roles (\"" + ROLES_LINE
                            + "...\")");
                }
            }
        }
    }

    /** Needs a token: some requirement names a scheme ({@code security: [{}]} means anonymous calls are fine). */
    private static boolean secured(JsonNode operation) {
        for (JsonNode requirement : operation.path("security")) {
            if (!requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private void checkOperationId(String name, JsonNode operation, Map<String, String> seen) {
        String operationId = operation.path("operationId").asText("");
        if (operationId.isEmpty()) {
            violations.add(name + ": no operationId");
            return;
        }
        if (!OPERATION_ID.matcher(operationId).matches()) {
            violations.add(name + ": operationId " + operationId + " is not lowerCamelCase");
        }
        String other = seen.putIfAbsent(operationId, name);
        if (other != null) {
            violations.add(name + ": operationId " + operationId + " is also used by " + other);
        }
    }

    private void checkComponents() {
        JsonNode components = document.path("components");
        for (Iterator<Map.Entry<String, JsonNode>> it = components.path("schemas").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> schema = it.next();
            checkSchema("schema " + schema.getKey(), "/components/schemas/" + escape(schema.getKey()),
                    schema.getValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = components.path("parameters").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> parameter = it.next();
            checkValueHolder("parameter " + parameter.getKey(), "/components/parameters/" + escape(parameter.getKey()),
                    parameter.getValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = components.path("headers").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            checkValueHolder("header " + header.getKey(), "/components/headers/" + escape(header.getKey()),
                    header.getValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = components.path("requestBodies").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> body = it.next();
            checkContent("request body " + body.getKey(), "/components/requestBodies/" + escape(body.getKey()),
                    body.getValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = components.path("responses").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> response = it.next();
            checkResponse("response " + response.getKey(), "/components/responses/" + escape(response.getKey()),
                    response.getValue());
        }
    }

    private void checkParameters(String name, String pointer, JsonNode holder) {
        JsonNode parameters = holder.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            checkValueHolder(name + " parameter " + parameter.path("name").asText(parameter.path("$ref").asText()),
                    pointer + "/parameters/" + i, parameter);
        }
    }

    private void checkResponse(String name, String pointer, JsonNode response) {
        checkContent(name, pointer, response);
        for (Iterator<Map.Entry<String, JsonNode>> headers = response.path("headers").fields(); headers.hasNext();) {
            Map.Entry<String, JsonNode> header = headers.next();
            checkValueHolder(name + " header " + header.getKey(), pointer + "/headers/" + escape(header.getKey()),
                    header.getValue());
        }
    }

    /** A request body or response: the examples of each media type against that media type's schema. */
    private void checkContent(String name, String pointer, JsonNode holder) {
        for (Iterator<Map.Entry<String, JsonNode>> media = holder.path("content").fields(); media.hasNext();) {
            Map.Entry<String, JsonNode> type = media.next();
            checkValueHolder(name + " (" + type.getKey() + ")", pointer + "/content/" + escape(type.getKey()),
                    type.getValue());
        }
    }

    /** A parameter, header or media type: its schema, and its example(s) against that schema. */
    private void checkValueHolder(String name, String pointer, JsonNode holder) {
        if (holder.has("content")) {
            checkContent(name, pointer, holder);
        }
        if (!holder.has("schema")) {
            return;
        }
        String schemaPointer = pointer + "/schema";
        checkSchema(name + " schema", schemaPointer, holder.path("schema"));
        if (holder.has("example")) {
            validate(name + " example", schemaPointer, holder.path("example"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> examples = holder.path("examples").fields(); examples.hasNext();) {
            Map.Entry<String, JsonNode> example = examples.next();
            JsonNode value = exampleObject(example.getValue());
            if (value.has("value")) {
                validate(name + " example '" + example.getKey() + "'", schemaPointer, value.path("value"));
            }
        }
    }

    /** An Example Object, following a reference to #/components/examples. */
    private JsonNode exampleObject(JsonNode example) {
        String ref = example.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : example;
    }

    /** A schema's own example, examples and default, then those of every subschema it holds inline. */
    private void checkSchema(String name, String pointer, JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("example")) {
            validate(name + " example", pointer, schema.path("example"));
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray()) {
            for (int i = 0; i < examples.size(); i++) {
                validate(name + " examples[" + i + "]", pointer, examples.get(i));
            }
        } else if (!examples.isMissingNode()) {
            violations.add(name + ": a schema's examples must be an array");
        }
        if (schema.has("default")) {
            validate(name + " default", pointer, schema.path("default"));
        }
        for (String keyword : List.of("properties", "patternProperties", "$defs", "dependentSchemas")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path(keyword).fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> sub = it.next();
                checkSchema(name + "." + sub.getKey(), pointer + "/" + keyword + "/" + escape(sub.getKey()),
                        sub.getValue());
            }
        }
        for (String keyword : List.of("items", "additionalProperties", "not", "contains", "propertyNames", "if",
                "then", "else", "unevaluatedItems", "unevaluatedProperties")) {
            checkSchema(name + "." + keyword, pointer + "/" + keyword, schema.path(keyword));
        }
        for (String keyword : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
            JsonNode subs = schema.path(keyword);
            for (int i = 0; i < subs.size(); i++) {
                checkSchema(name + "." + keyword + "[" + i + "]", pointer + "/" + keyword + "/" + i, subs.get(i));
            }
        }
    }

    private void validate(String name, String schemaPointer, JsonNode value) {
        for (Error error : schemas.validate(schemaPointer, value)) {
            violations.add(name + " does not match its schema: " + error);
        }
    }

    /** Each requirement names a declared scheme; only OAuth2/OpenID Connect requirements may list scopes. */
    private void checkSecurity(String name, JsonNode requirements) {
        for (JsonNode requirement : requirements) {
            for (Iterator<Map.Entry<String, JsonNode>> it = requirement.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode scheme = document.path("components").path("securitySchemes").path(entry.getKey());
                if (scheme.isMissingNode()) {
                    violations.add(name + ": security requirement names undeclared scheme " + entry.getKey());
                } else if (!entry.getValue().isEmpty() && !SCOPED_SCHEMES.contains(scheme.path("type").asText())) {
                    violations.add(name + ": security requirement lists " + entry.getValue() + " for the "
                            + scheme.path("type").asText() + " scheme " + entry.getKey()
                            + "; only OAuth2/OpenID Connect requirements may list scopes"
                            + " (roles go in the description)");
                }
            }
        }
    }
}
