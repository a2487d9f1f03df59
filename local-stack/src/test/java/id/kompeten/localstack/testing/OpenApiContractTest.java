package id.kompeten.localstack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract passes a sound document and names each kind of flaw a client generator would trip over. */
class OpenApiContractTest {

    /** A small but complete 3.1 document: every kind of example the contract checks, each one right. */
    private static final String SOUND = """
            {
              "openapi": "3.1.0",
              "info": {"title": "t", "version": "1"},
              "paths": {
                "/api/v1/courses": {
                  "get": {
                    "operationId": "searchCourses",
                    "parameters": [
                      {"name": "competency", "in": "query", "example": ["PELAYANAN-PRIMA"],
                       "schema": {"type": "array", "maxItems": 20, "items": {"type": "string"}}},
                      {"name": "size", "in": "query", "example": 20,
                       "schema": {"type": "integer", "format": "int32", "default": 20, "minimum": 1, "maximum": 200}}
                    ],
                    "responses": {
                      "200": {
                        "description": "ok",
                        "headers": {"ETag": {"example": "\\"3\\"", "schema": {"type": "string"}}},
                        "content": {"application/json": {
                          "schema": {"$ref": "#/components/schemas/Session"},
                          "examples": {
                            "inline": {"value": {"id": "s1", "startDate": "2027-02-08", "onlineLink": null}},
                            "shared": {"$ref": "#/components/examples/onlineSession"}
                          }
                        }}
                      }
                    }
                  },
                  "post": {
                    "operationId": "createCourse",
                    "description": "Creates a draft.\\n\\nRoles: CATALOG_MANAGER or ADMIN.",
                    "security": [{"bearerJwt": []}],
                    "requestBody": {"content": {"application/json": {
                      "schema": {"$ref": "#/components/schemas/Session"},
                      "example": {"id": "s2", "startDate": "2027-03-01"}
                    }}},
                    "responses": {"201": {"description": "created"}}
                  }
                }
              },
              "components": {
                "schemas": {
                  "Session": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                      "id": {"type": "string", "examples": ["a4e7c1b2"]},
                      "startDate": {"type": "string", "format": "date", "examples": ["2027-02-08"]},
                      "onlineLink": {"type": ["string", "null"], "examples": ["https://zoom.us/j/81234567890"]}
                    },
                    "examples": [{"id": "s3"}]
                  }
                },
                "examples": {
                  "onlineSession": {"value": {"id": "s4", "onlineLink": "https://zoom.us/j/1"}}
                },
                "securitySchemes": {"bearerJwt": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
              }
            }""";

    @Test
    void soundDocumentHasNoViolations() {
        assertEquals(List.of(), OpenApiContract.violations(SOUND));
    }

    @Test
    void parameterExampleThatIsNotAnArrayIsReported() {
        assertOnly(SOUND.replace("\"example\": [\"PELAYANAN-PRIMA\"]", "\"example\": \"PELAYANAN-PRIMA\""),
                "GET /api/v1/courses parameter competency example does not match its schema");
    }

    @Test
    void nullInABodyExampleWhereTheSchemaSaysStringIsReported() {
        String violation = assertOnly(SOUND.replace("\"type\": [\"string\", \"null\"]", "\"type\": \"string\""),
                "GET /api/v1/courses response 200 (application/json) example 'inline' does not match its schema");
        assertTrue(violation.endsWith("$.onlineLink: null found, string expected"), violation);
    }

    @Test
    void requestBodyExampleIsCheckedThroughTheReferencedSchema() {
        assertOnly(SOUND.replace("\"example\": {\"id\": \"s2\", \"startDate\": \"2027-03-01\"}",
                        "\"example\": {\"startDate\": \"2027-03-01\"}"),
                "POST /api/v1/courses request body (application/json) example does not match its schema");
    }

    @Test
    void formatsAreAsserted() {
        assertOnly(SOUND.replace("\"startDate\": \"2027-03-01\"", "\"startDate\": \"2027-02-30\""),
                "POST /api/v1/courses request body (application/json) example does not match its schema");
    }

    @Test
    void exampleReferencedFromComponentsIsChecked() {
        assertOnly(SOUND.replace("\"onlineLink\": \"https://zoom.us/j/1\"", "\"onlineLink\": 7"),
                "GET /api/v1/courses response 200 (application/json) example 'shared' does not match its schema");
    }

    @Test
    void schemaLevelExamplesAndDefaultsAreChecked() {
        assertOnly(SOUND.replace("\"examples\": [\"2027-02-08\"]", "\"examples\": [20270208]"),
                "schema Session.startDate examples[0] does not match its schema");
        assertOnly(SOUND.replace("\"examples\": [{\"id\": \"s3\"}]", "\"examples\": [{}]"),
                "schema Session examples[0] does not match its schema");
        assertOnly(SOUND.replace("\"default\": 20", "\"default\": 0"),
                "GET /api/v1/courses parameter size schema default does not match its schema");
    }

    @Test
    void headerExampleIsChecked() {
        assertOnly(SOUND.replace("\"example\": \"\\\"3\\\"\"", "\"example\": 3"),
                "GET /api/v1/courses response 200 header ETag example does not match its schema");
    }

    @Test
    void openApi30NullableIsHonoured() {
        String v30 = SOUND.replace("\"3.1.0\"", "\"3.0.3\"")
                .replace("\"type\": [\"string\", \"null\"], \"examples\": [\"https://zoom.us/j/81234567890\"]",
                        "\"type\": \"string\", \"nullable\": true, \"example\": \"https://zoom.us/j/81234567890\"")
                .replace("\"examples\": [\"a4e7c1b2\"]", "\"example\": \"a4e7c1b2\"")
                .replace("\"examples\": [\"2027-02-08\"]", "\"example\": \"2027-02-08\"")
                .replace("\"examples\": [{\"id\": \"s3\"}]", "\"example\": {\"id\": \"s3\"}");
        assertEquals(List.of(), OpenApiContract.violations(v30));
        assertOnly(v30.replace("\"nullable\": true, ", ""),
                "GET /api/v1/courses response 200 (application/json) example 'inline' does not match its schema");
    }

    @Test
    void missingDuplicateAndBadlyCasedOperationIdsAreReported() {
        assertOnly(SOUND.replace("\"operationId\": \"searchCourses\",", ""), "GET /api/v1/courses: no operationId");
        assertOnly(SOUND.replace("\"searchCourses\"", "\"createCourse\""),
                "POST /api/v1/courses: operationId createCourse is also used by GET /api/v1/courses");
        assertOnly(SOUND.replace("\"searchCourses\"", "\"search_courses\""),
                "GET /api/v1/courses: operationId search_courses is not lowerCamelCase");
    }

    @Test
    void roleNamesInABearerRequirementAreReported() {
        assertOnly(SOUND.replace("{\"bearerJwt\": []}", "{\"bearerJwt\": [\"CATALOG_MANAGER\", \"ADMIN\"]}"),
                "POST /api/v1/courses: security requirement lists [\"CATALOG_MANAGER\",\"ADMIN\"] for the http scheme"
                        + " bearerJwt");
    }

    @Test
    void scopesAreAllowedForOAuth2() {
        String oauth = SOUND.replace("{\"bearerJwt\": []}", "{\"bearerJwt\": [\"catalog:write\"]}")
                .replace("{\"type\": \"http\", \"scheme\": \"bearer\", \"bearerFormat\": \"JWT\"}",
                        "{\"type\": \"oauth2\", \"flows\": {\"clientCredentials\": {"
                                + "\"tokenUrl\": \"https://idp/token\","
                                + " \"scopes\": {\"catalog:write\": \"change the catalogue\"}}}}");
        assertEquals(List.of(), OpenApiContract.violations(oauth));
    }

    @Test
    void undeclaredSchemeAndUnstatedRolesAreReported() {
        assertOnly(SOUND.replace("{\"bearerJwt\": []}", "{\"apiKey\": []}"),
                "POST /api/v1/courses: security requirement names undeclared scheme apiKey");
        assertOnly(SOUND.replace("\\n\\nRoles: CATALOG_MANAGER or ADMIN.", ""),
                "POST /api/v1/courses: secured, but its description does not state the roles");
    }

    @Test
    void anOptionalTokenNeedsNoRoles() {
        assertEquals(List.of(), OpenApiContract.violations(SOUND.replace("\\n\\nRoles: CATALOG_MANAGER or ADMIN.", "")
                .replace("[{\"bearerJwt\": []}]", "[{}]")));
    }

    private static String assertOnly(String document, String expected) {
        List<String> violations = OpenApiContract.violations(document);
        assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
        assertTrue(violations.get(0).startsWith(expected), () -> "expected " + expected + "..., got " + violations);
        return violations.get(0);
    }
}
