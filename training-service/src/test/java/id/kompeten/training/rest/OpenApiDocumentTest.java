package id.kompeten.training.rest;

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
import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document is complete enough to build a client from: every catalogue operation has a summary,
 * described parameters, a success response, the problem+json errors it can give, and request bodies with examples.
 * Lists every gap at once rather than the first.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Test
    void everyOperationIsDocumentedWithExamplesAndErrorResponses() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode schemas = document.path("components").path("schemas");
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                check(op.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), op.getValue(), schemas, gaps);
            }
        }
        // 28 catalogue operations and the platform's 5 for operators (parked outbox events, replica rebuilds).
        assertEquals(33, operations, "operations found in the document");
        assertEquals(List.of(), gaps);
    }

    /**
     * Generated clients name their methods after the operationIds, so renaming one breaks every client: they are
     * pinned here. Convention: list/search/get/create/update + the resource for the plain reads and writes (POST on a
     * collection is always create...), the action's own verb for state changes and commands (publishCourse,
     * openSession, importCourses). Uniqueness and form are checked for every service by OpenApiContract.
     */
    @Test
    void operationIdsAreStable() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Map<String, String> operationIds = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operationIds.put(op.getKey().toUpperCase() + " " + path.getKey(),
                        op.getValue().path("operationId").asText());
            }
        }));
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("GET /api/v1/competencies", "listCompetencies"),
                Map.entry("POST /api/v1/competencies", "createCompetency"),
                Map.entry("GET /api/v1/competencies/{code}", "getCompetency"),
                Map.entry("PUT /api/v1/competencies/{code}", "updateCompetency"),
                Map.entry("POST /api/v1/competencies/{code}/activate", "activateCompetency"),
                Map.entry("POST /api/v1/competencies/{code}/deactivate", "deactivateCompetency"),
                Map.entry("GET /api/v1/providers", "listProviders"),
                Map.entry("POST /api/v1/providers", "createProvider"),
                Map.entry("GET /api/v1/providers/{id}", "getProvider"),
                Map.entry("PUT /api/v1/providers/{id}", "updateProvider"),
                Map.entry("POST /api/v1/providers/{id}/activate", "activateProvider"),
                Map.entry("POST /api/v1/providers/{id}/deactivate", "deactivateProvider"),
                Map.entry("GET /api/v1/courses", "searchCourses"),
                Map.entry("POST /api/v1/courses", "createCourse"),
                Map.entry("POST /api/v1/courses:import", "importCourses"),
                Map.entry("GET /api/v1/courses/{id}", "getCourse"),
                Map.entry("PUT /api/v1/courses/{id}", "updateCourse"),
                Map.entry("POST /api/v1/courses/{id}/publish", "publishCourse"),
                Map.entry("POST /api/v1/courses/{id}/archive", "archiveCourse"),
                Map.entry("GET /api/v1/courses/{courseId}/sessions", "listCourseSessions"),
                Map.entry("POST /api/v1/courses/{courseId}/sessions", "createSession"),
                Map.entry("GET /api/v1/sessions", "searchSessions"),
                Map.entry("GET /api/v1/sessions/{id}", "getSession"),
                Map.entry("PUT /api/v1/sessions/{id}", "updateSession"),
                Map.entry("POST /api/v1/sessions/{id}/open", "openSession"),
                Map.entry("POST /api/v1/sessions/{id}/start", "startSession"),
                Map.entry("POST /api/v1/sessions/{id}/complete", "completeSession"),
                Map.entry("POST /api/v1/sessions/{id}/cancel", "cancelSession"),
                // the platform's operator operations, in every service's document
                Map.entry("GET /api/v1/outbox/parked-events", "listParkedEvents"),
                Map.entry("POST /api/v1/outbox/parked-events/{id}/retry", "retryParkedEvent"),
                Map.entry("POST /api/v1/outbox/parked-events/{id}/discard", "discardParkedEvent"),
                Map.entry("GET /api/v1/replicas", "listReplicas"),
                Map.entry("POST /api/v1/replicas/{name}/rebuild", "rebuildReplica"))), operationIds);
    }

    private static void check(String name, String path, JsonNode operation, JsonNode schemas, List<String> gaps) {
        if (operation.path("summary").asText("").isBlank()) {
            gaps.add(name + ": no summary");
        }
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("description").asText("").isBlank()) {
                gaps.add(name + ": parameter " + parameter.path("name").asText() + " has no description");
            }
        });
        JsonNode responses = operation.path("responses");
        boolean success = false;
        for (Iterator<String> codes = responses.fieldNames(); codes.hasNext();) {
            success |= codes.next().startsWith("2");
        }
        if (!success) {
            gaps.add(name + ": no 2xx response");
        }
        List<String> errors = new ArrayList<>(List.of("400", "500"));
        if (path.contains("{")) {
            errors.add("404");
        }
        if (!operation.path("security").isMissingNode()) {
            errors.addAll(List.of("401", "403"));
        }
        operation.path("parameters").forEach(parameter -> {
            if ("If-Match".equals(parameter.path("name").asText())) {
                errors.addAll(List.of("412", "428"));
            }
            if ("Idempotency-Key".equals(parameter.path("name").asText())) {
                errors.add("422");
            }
        });
        for (String status : errors) {
            JsonNode problem = responses.path(status).path("content").path("application/problem+json").path("schema");
            if (!PROBLEM_REF.equals(problem.path("$ref").asText())) {
                gaps.add(name + ": no problem+json " + status + " response");
            }
        }
        JsonNode body = operation.path("requestBody").path("content");
        if (!body.isMissingNode()) {
            boolean example = false;
            for (JsonNode media : body) {
                example |= media.has("example") || media.has("examples") || hasExample(media.path("schema"), schemas, 0);
            }
            if (!example) {
                gaps.add(name + ": request body without an example");
            }
        }
    }

    /** True when the schema, a schema it references or one of its properties carries an example. */
    private static boolean hasExample(JsonNode schema, JsonNode schemas, int depth) {
        if (schema.isMissingNode() || depth > 4) {
            return false;
        }
        if (schema.has("example") || schema.has("examples")) {
            return true;
        }
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return hasExample(schemas.path(ref.substring("#/components/schemas/".length())), schemas, depth + 1);
        }
        for (JsonNode property : schema.path("properties")) {
            if (hasExample(property, schemas, depth + 1)) {
                return true;
            }
        }
        return hasExample(schema.path("items"), schemas, depth + 1);
    }
}
