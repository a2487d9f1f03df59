package id.kompeten.enrollment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The participant operations in the OpenAPI document: their operationIds (generated clients name methods after them,
 * so they are pinned), and a summary, described parameters, the problem+json errors each can give and request bodies
 * with examples. OpenApiContract (startup test) checks examples against schemas for the whole document, and
 * OpenApiResponseCheck every answer the tests receive.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ParticipantOpenApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void operationIdsAreStable() {
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("GET /api/v1/participants", "listParticipants"),
                Map.entry("POST /api/v1/participants", "createParticipant"),
                Map.entry("POST /api/v1/participants:import", "importParticipants"),
                Map.entry("GET /api/v1/participants/{nip}", "getParticipant"),
                Map.entry("PUT /api/v1/participants/{nip}", "updateParticipant"),
                Map.entry("PUT /api/v1/participants/{nip}/contact", "updateParticipantContact"),
                Map.entry("POST /api/v1/participants/{nip}/activate", "activateParticipant"),
                Map.entry("POST /api/v1/participants/{nip}/deactivate", "deactivateParticipant"),
                Map.entry("GET /api/v1/participants/{nip}/transcript", "getTranscript"),
                Map.entry("GET /api/v1/participants/{nip}/siasn-courses", "exportParticipantSiasnCourses"),
                Map.entry("POST /api/v1/participants/republish", "republishParticipants"))), operations(
                        (name, operation) -> operation.path("operationId").asText()));
    }

    @Test
    void everyOperationIsDocumentedWithExamplesAndErrorResponses() {
        List<String> gaps = new ArrayList<>();
        operations((name, operation) -> {
            check(name, operation, gaps);
            return "";
        });
        assertEquals(List.of(), gaps);
    }

    @Test
    void securedOperationsStateTheirRoles() {
        Map<String, String> roles = operations((name, operation) -> {
            String description = operation.path("description").asText();
            return description.substring(description.lastIndexOf("Roles: "));
        });
        assertEquals("Roles: ADMIN, INTEGRATION or UNIT_ADMIN.", roles.get("POST /api/v1/participants"));
        assertEquals("Roles: ADMIN, INTEGRATION, UNIT_ADMIN, SUPERVISOR or PARTICIPANT.",
                roles.get("PUT /api/v1/participants/{nip}/contact"));
    }

    /** The participant operations, by "METHOD path", mapped. */
    private Map<String, String> operations(java.util.function.BiFunction<String, JsonNode, String> mapper) {
        Map<String, String> found = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/participants")) {
                continue;
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    String name = op.getKey().toUpperCase() + " " + path.getKey();
                    found.put(name, mapper.apply(name, op.getValue()));
                }
            });
        }
        return found;
    }

    private void check(String name, JsonNode operation, List<String> gaps) {
        if (operation.path("summary").asText("").isBlank()) {
            gaps.add(name + ": no summary");
        }
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("description").asText("").isBlank()) {
                gaps.add(name + ": parameter " + parameter.path("name").asText() + " has no description");
            }
        });
        JsonNode responses = operation.path("responses");
        List<String> errors = new ArrayList<>(List.of("400", "401", "403", "500", "503"));
        if (name.contains("{")) {
            errors.add("404");
        }
        operation.path("parameters").forEach(parameter -> {
            if ("If-Match".equals(parameter.path("name").asText())) {
                errors.addAll(List.of("412", "428"));
            }
            if ("Idempotency-Key".equals(parameter.path("name").asText())) {
                errors.add("422");
            }
        });
        // Registrations may meet a registered number; republishing registers nobody.
        if (name.startsWith("POST /api/v1/participants") && !name.contains("{") && !name.endsWith("/republish")) {
            errors.add("409");
        }
        for (String status : errors) {
            JsonNode problem = responses.path(status).path("content").path("application/problem+json").path("schema");
            if (!PROBLEM_REF.equals(problem.path("$ref").asText())) {
                gaps.add(name + ": no problem+json " + status + " response");
            }
        }
        if (!responses.fieldNames().next().startsWith("2") && !responses.has("200") && !responses.has("201")) {
            gaps.add(name + ": no 2xx response");
        }
        JsonNode body = operation.path("requestBody").path("content");
        for (Iterator<Map.Entry<String, JsonNode>> media = body.fields(); media.hasNext();) {
            Map.Entry<String, JsonNode> type = media.next();
            JsonNode schema = type.getValue().path("schema");
            String ref = schema.path("$ref").asText(schema.path("items").path("$ref").asText(""));
            boolean example = type.getValue().has("examples") || type.getValue().has("example")
                    || (!ref.isEmpty() && hasPropertyExample(ref));
            if (!example) {
                gaps.add(name + ": request body " + type.getKey() + " without an example");
            }
        }
    }

    private boolean hasPropertyExample(String ref) {
        JsonNode schema = document.at(ref.substring(1));
        for (JsonNode property : schema.path("properties")) {
            if (property.has("example") || property.has("examples")) {
                return true;
            }
        }
        return false;
    }
}
