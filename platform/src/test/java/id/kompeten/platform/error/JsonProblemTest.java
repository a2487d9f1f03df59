package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.BASE;
import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static id.kompeten.platform.error.ProblemJson.in;
import static id.kompeten.platform.error.ProblemJson.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Request bodies and parameters that cannot even be read: reported per field where Jackson knows the path. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class JsonProblemTest {

    private static final String COURSES = BASE + "/courses";

    @Test
    void syntaxErrorGivesLineAndColumnWithoutFieldErrors() {
        assertProblem(json("{\n  \"code\" \"C1\"\n}").post(COURSES), 400, "malformed-request", COURSES)
                .body("title", equalTo("Malformed request"))
                .body("detail", matchesPattern("The request body is not valid JSON \\(line 2, column \\d+\\)\\."))
                .body("$", not(hasKey("errors")));
    }

    @Test
    void truncatedBodyInIndonesian() {
        assertProblem(in("id").contentType("application/json").body("{\"code\": ").post(COURSES), 400,
                "malformed-request", COURSES)
                .body("title", equalTo("Permintaan tidak dapat dibaca"))
                .body("detail", matchesPattern("Isi permintaan bukan JSON yang valid \\(baris 1, kolom \\d+\\)\\."));
    }

    @Test
    void unknownPropertyIsNamedWithTheKnownOnes() {
        assertProblem(json("{\"naem\": \"Leadership\"}").post(COURSES), 400, "validation", COURSES)
                .body("errors.field", contains("naem"))
                .body("errors.message", contains(
                        "is not a known property; known properties: code, items, jp, mode, names, startsOn, tags"));
    }

    @Test
    void unknownPropertyDeepInsideHasItsFullPath() {
        assertProblem(json("{\"items\": [{\"code\": \"A\"}, {\"cod\": \"B\"}]}").post(COURSES), 400, "validation", COURSES)
                .body("errors.field", contains("items[1].cod"))
                .body("errors.message", contains("is not a known property; known properties: code, qty"));
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        assertProblem(json("{\"mode\": \"HYBRID\"}").post(COURSES), 400, "validation", COURSES)
                .body("errors.field", contains("mode"))
                .body("errors.message", contains("must be one of: CLASSROOM, ONLINE, BLENDED"));
        assertProblem(in("id").contentType("application/json").body("{\"mode\": \"HYBRID\"}").post(COURSES), 400,
                "validation", COURSES)
                .body("errors.message", contains("harus salah satu dari: CLASSROOM, ONLINE, BLENDED"));
    }

    @Test
    void wrongTypesSayWhatIsExpected() {
        assertProblem(json("{\"jp\": \"many\"}").post(COURSES), 400, "validation", COURSES)
                .body("errors.field", contains("jp"))
                .body("errors.message", contains("must be a whole number"));
        assertProblem(json("{\"code\": {}}").post(COURSES), 400, "validation", COURSES)
                .body("errors.message", contains("must be a string"));
        assertProblem(json("{\"startsOn\": \"2025-13-01\"}").post(COURSES), 400, "validation", COURSES)
                .body("errors.field", contains("startsOn"))
                .body("errors.message", contains("must be a date (YYYY-MM-DD)"));
        assertProblem(in("id").contentType("application/json").body("{\"jp\": true}").post(COURSES), 400,
                "validation", COURSES)
                .body("errors.message", contains("harus berupa bilangan bulat"));
    }

    @Test
    void anEmptyOrBlankDateIsNoDate() {
        for (String empty : new String[] {"\"\"", "\"   \""}) {
            assertProblem(json("{\"startsOn\": " + empty + "}").post(COURSES), 400, "validation", COURSES)
                    .body("errors.field", contains("startsOn"))
                    .body("errors.message", contains("must be a date (YYYY-MM-DD)"));
        }
    }

    @Test
    void bodyOfTheWrongShapeIsAboutTheWholeBody() {
        assertProblem(json("[1, 2]").post(COURSES), 400, "validation", COURSES)
                .body("errors.field", contains("$"))
                .body("errors.message", contains("must be an object"));
    }

    @Test
    void valuesBeyondJacksonsLimitsAreRefused() {
        assertProblem(json("{\"jp\": " + "9".repeat(1_500) + "}").post(COURSES), 400, "malformed-request", COURSES)
                .body("detail", equalTo(
                        "The request body exceeds the allowed nesting depth, number length or string length."));
    }

    @Test
    void unconvertibleQueryParametersAreBadRequestsNotMissingPaths() {
        assertProblem(given().queryParam("page", "first").queryParam("per_page", "5").get(COURSES), 400,
                "malformed-request", COURSES)
                .body("detail", equalTo(
                        "A query or path parameter has a value of the wrong type, e.g. text where a number is expected."))
                .body("errors.field", contains("page"))
                .body("errors[0].message", equalTo("must be a whole number"));
        assertProblem(given().queryParam("mode", "HYBRID").get(COURSES), 400, "malformed-request", COURSES)
                .body("errors.field", contains("mode"))
                .body("errors[0].message", equalTo("must be one of: CLASSROOM, ONLINE, BLENDED"));
        assertProblem(given().queryParam("per_page", "1e3").header("Accept-Language", "id").get(COURSES), 400,
                "malformed-request", COURSES)
                .body("errors.field", contains("per_page"));
    }
}
