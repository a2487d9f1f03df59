package id.kompeten.platform.openapi;

import id.kompeten.platform.api.IdempotencyKeys;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error responses every API operation can give, as the shared mappers produce them, so generated
 * clients know the problem+json shape without each resource repeating it: 400, 500 and 503 everywhere, 413/415 with a
 * body, 404 with a path id, 401/403 when secured, 412/428 on updates and every operation that takes If-Match, 422
 * where an Idempotency-Key is taken, 409 transaction-aborted on writes (a deadlock victim). Operation-specific ones
 * (other 409s and 422s) stay on the resource methods, which reference the {@code Problem} schema added here.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> document(path, method, operation));
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        problem(responses, "400", "Invalid input: the errors list names each field at fault");
        if (operation.getRequestBody() != null) {
            problem(responses, "413", "The request body is larger than allowed");
            problem(responses, "415", "The request body is not application/json");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No resource with this id");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            problem(responses, "401", "No valid bearer token");
            problem(responses, "403", "The token's roles or scope do not allow this");
        }
        if (takesHeader(operation, IdempotencyKeys.HEADER)) {
            problem(responses, "422", "Idempotency-Key reused with a different body");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || takesHeader(operation, "If-Match")) {
            problem(responses, "412", "If-Match names an outdated version: fetch again and retry");
            problem(responses, "428", "If-Match is required");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            String aborted = "transaction-aborted: a concurrent request deadlocked with this one and the database rolled"
                    + " it back; nothing was saved, send it again (Retry-After)";
            APIResponse conflict = responses.getAPIResponse("409");
            if (conflict != null && conflict.getDescription() != null && !conflict.getDescription().contains(aborted)) {
                conflict.setDescription(conflict.getDescription() + "; or " + aborted);
            }
            problem(responses, "409", aborted).addHeader("Retry-After", retryAfter());
        }
        problem(responses, "500", "Unexpected error; the body carries a correlationId to quote");
        problem(responses, "503", "Overloaded, or the database is not answering: retry after Retry-After seconds")
                .addHeader("Retry-After", retryAfter());
    }

    private static Header retryAfter() {
        return OASFactory.createHeader().description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    /** State changes sent as POST (publish, cancel, ...) take If-Match like updates; creates take Idempotency-Key. */
    private static boolean takesHeader(Operation operation, String header) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER
                        && header.equalsIgnoreCase(parameter.getName()));
    }

    /** Adds the response, or makes an existing one (e.g. Quarkus' automatic 401/403) describe its problem body. */
    private static APIResponse problem(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null || response.getContent().getMediaType(PROBLEM_JSON) == null) {
            response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
        return response;
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("JSON path of the field, or the parameter/header name").examples(List.of("name.id")))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("must not be blank")));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. Titles and messages follow Accept-Language (id or en).")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .examples(List.of("urn:kompeten:problem:validation")))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .examples(List.of("/api/v1/competencies")))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addProperty("correlationId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Only on 500: quote it when reporting the error"))
                .examples(List.of(Map.of(
                        "type", "urn:kompeten:problem:validation",
                        "title", "Invalid input",
                        "status", 400,
                        "detail", "The request has invalid fields.",
                        "instance", "/api/v1/competencies",
                        "errors", List.of(Map.of("field", "name.id", "message", "must not be blank")))));
    }
}
