package id.kompeten.localstack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Real answers are held to the document: found by method, path template, status and media type, then validated. */
class OpenApiResponsesTest {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private static final String DOCUMENT = """
            {
              "openapi": "3.1.0",
              "info": {"title": "t", "version": "1"},
              "paths": {
                "/api/v1/sessions/{id}": {
                  "get": {
                    "responses": {
                      "200": {"description": "ok", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Session"}}}},
                      "404": {"$ref": "#/components/responses/NotFound"}
                    }
                  }
                },
                "/api/v1/sessions/mine": {
                  "get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Session"}}}}}}}
                },
                "/api/v1/sessions:export": {
                  "post": {"responses": {"200": {"description": "ok", "content": {"text/csv": {
                    "schema": {"type": "string"}}}}}}
                },
                "/api/v1/sessions/{id}/cancel": {
                  "post": {"responses": {
                    "204": {"description": "cancelled"},
                    "4XX": {"description": "refused", "content": {"application/problem+json": {
                      "schema": {"$ref": "#/components/schemas/Problem"}}}}
                  }}
                }
              },
              "components": {
                "schemas": {
                  "Session": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                      "id": {"type": "string"},
                      "location": {"type": "string"},
                      "onlineLink": {"type": ["string", "null"]},
                      "startDate": {"type": "string", "format": "date"},
                      "cancelledAt": {"anyOf": [{"$ref": "#/components/schemas/Instant"}, {"type": "null"}]}
                    }
                  },
                  "Instant": {"type": "string", "format": "date-time"},
                  "Problem": {"type": "object", "properties": {"status": {"type": "integer"},
                    "detail": {"type": "string"}}}
                },
                "responses": {
                  "NotFound": {"description": "none", "content": {"application/problem+json": {
                    "schema": {"$ref": "#/components/schemas/Problem"}}}}
                }
              }
            }""";

    private final OpenApiResponses responses = OpenApiResponses.of(DOCUMENT);

    @Test
    void answerThatMatchesItsSchemaPasses() {
        assertEquals(List.of(), responses.violations("GET", "/api/v1/sessions/s1", 200, "application/json;charset=UTF-8",
                """
                {"id": "s1", "location": "Aula", "onlineLink": null, "startDate": "2027-02-08",
                 "cancelledAt": null}"""));
        assertEquals(List.of(), responses.violations("GET", "/api/v1/sessions/s1", 200, JSON,
                "{\"id\": \"s1\", \"cancelledAt\": \"2027-02-08T10:00:00Z\"}"));
    }

    @Test
    void nullWhereTheSchemaSaysStringIsReported() {
        List<String> violations = responses.violations("GET", "/api/v1/sessions/s1", 200, JSON,
                "{\"id\": \"s1\", \"location\": null}");
        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.get(0).startsWith("GET /api/v1/sessions/{id} answered 200 (application/json): "
                + "$.location: null found, string expected"), violations::toString);
        assertTrue(violations.get(1).contains("\"location\": null"), "the body is quoted: " + violations);
    }

    @Test
    void wrongFormatAndMissingRequiredFieldAreReported() {
        List<String> violations = responses.violations("GET", "/api/v1/sessions/s1", 200, JSON,
                "{\"startDate\": \"8 Feb 2027\"}");
        assertEquals(3, violations.size(), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("required property 'id' not found")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("$.startDate")), violations::toString);
    }

    @Test
    void responseGivenByReferenceAndStatusRangeAreFollowed() {
        assertEquals(List.of(), responses.violations("GET", "/api/v1/sessions/none", 404, PROBLEM,
                "{\"status\": 404, \"detail\": \"No session\"}"));
        assertTrue(responses.violations("GET", "/api/v1/sessions/none", 404, PROBLEM,
                "{\"status\": 404, \"detail\": null}").get(0).contains("$.detail: null found, string expected"));
        assertTrue(responses.violations("POST", "/api/v1/sessions/s1/cancel", 409, PROBLEM,
                "{\"status\": \"409\"}").get(0).contains("answered 409 (application/problem+json): $.status"));
    }

    @Test
    void undocumentedStatusMediaTypeOrBodyIsReported() {
        assertEquals(List.of("GET /api/v1/sessions/{id} answered 500, a status the document does not list"
                + " (it lists [200, 404])"), responses.violations("GET", "/api/v1/sessions/s1", 500, PROBLEM, "{}"));
        // From the HTTP layer or overload protection, whatever the operation: judged only where listed.
        assertEquals(List.of(), responses.violations("GET", "/api/v1/sessions/s1", 503, PROBLEM, "{}"));
        assertEquals(List.of(), responses.violations("GET", "/api/v1/sessions/s1", 414, PROBLEM, "{}"));
        assertTrue(responses.violations("POST", "/api/v1/sessions/s1/cancel", 503, PROBLEM, "{\"status\": \"503\"}")
                .isEmpty(), "5XX is not listed for cancel");
        assertTrue(responses.violations("POST", "/api/v1/sessions/s1/cancel", 429, PROBLEM, "{\"status\": \"429\"}")
                .get(0).contains("$.status"), "listed under 4XX, so validated");
        assertEquals(List.of("GET /api/v1/sessions/{id} answered 200 with text/plain, but the document declares only"
                + " [application/json] for 200"), responses.violations("GET", "/api/v1/sessions/s1", 200, "text/plain",
                "s1"));
        assertEquals(List.of("POST /api/v1/sessions/{id}/cancel answered 204 with a application/json body, but the"
                + " document declares no body for 204"), responses.violations("POST", "/api/v1/sessions/s1/cancel",
                204, JSON, "{}"));
        assertTrue(responses.violations("GET", "/api/v1/sessions/s1", 200, JSON, "{not json").get(0)
                .contains("that is not JSON"));
    }

    @Test
    void bodiesThatAreNotJsonAndEmptyBodiesAreNotValidated() {
        assertEquals(List.of(), responses.violations("POST", "/api/v1/sessions:export", 200, "text/csv", "id\ns1\n"));
        assertEquals(List.of(), responses.violations("POST", "/api/v1/sessions/s1/cancel", 204, null, ""));
        assertEquals(List.of(), responses.violations("HEAD", "/api/v1/sessions/s1", 200, JSON, null));
    }

    @Test
    void requestsTheDocumentDoesNotDescribeAreNotJudged() {
        assertEquals(Optional.empty(), responses.operation("GET", "/q/health/ready"));
        assertEquals(Optional.empty(), responses.operation("DELETE", "/api/v1/sessions/s1"));
        assertEquals(Optional.empty(), responses.operation("GET", "/api/v1/sessions/s1/extra"));
        assertEquals(List.of(), responses.violations("DELETE", "/api/v1/sessions/s1", 405, PROBLEM, "{\"x\": 1}"));
    }

    @Test
    void pathTemplatesMatchOneSegmentAndLiteralPathsWin() {
        assertEquals(Optional.of("GET /api/v1/sessions/{id}"), responses.operation("get", "/api/v1/sessions/a-1"));
        assertEquals(Optional.of("POST /api/v1/sessions/{id}/cancel"),
                responses.operation("POST", "/api/v1/sessions/a-1/cancel"));
        assertEquals(Optional.of("GET /api/v1/sessions/mine"), responses.operation("GET", "/api/v1/sessions/mine"));
        assertEquals(List.of(), responses.violations("GET", "/api/v1/sessions/mine", 200, JSON, "[{\"id\": \"s1\"}]"));
        assertEquals(Optional.of("POST /api/v1/sessions:export"), responses.operation("POST", "/api/v1/sessions:export"));
        assertEquals(Optional.empty(), responses.operation("GET", "/api/v1/sessions/"));
    }
}
