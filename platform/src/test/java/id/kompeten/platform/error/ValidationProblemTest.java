package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.BASE;
import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static id.kompeten.platform.error.ProblemJson.in;
import static id.kompeten.platform.error.ProblemJson.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bean validation failures: JSON-facing field names and messages in the request's language. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class ValidationProblemTest {

    private static final String COURSES = BASE + "/courses";

    private static final String INVALID_COURSE = """
            {"code": "", "names": {"id": "", "en": "Leadership"}, "mode": "ONLINE", "jp": 0,
             "items": [{"code": "A1"}, {"code": "B2"}, {"code": "TOOLONG"}], "tags": ["ok", " "]}""";

    private static String message(String field) {
        return "errors.find { it.field == '" + field + "' }.message";
    }

    @Test
    void bodyViolationsAreNamedByTheirJsonPath() {
        assertProblem(json(INVALID_COURSE).post(COURSES), 400, "validation", COURSES)
                .body("title", equalTo("Invalid input"))
                .body("detail", equalTo("The request contains invalid values; see errors for each field."))
                .body("errors.field", contains("code", "items[2].code", "jp", "names.id", "startsOn", "tags[1]"))
                .body(message("code"), equalTo("must not be blank"))
                .body(message("items[2].code"), equalTo("size must be between 0 and 5"))
                .body(message("jp"), equalTo("must be greater than or equal to 1"))
                .body(message("startsOn"), equalTo("must not be null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "id-ID", "fr-FR, id;q=0.8"})
    void indonesianMessagesWhenIndonesianIsPreferred(String acceptLanguage) {
        assertProblem(in(acceptLanguage).contentType("application/json").body(INVALID_COURSE).post(COURSES), 400,
                "validation", COURSES)
                .body("title", equalTo("Masukan tidak valid"))
                .body(message("code"), equalTo("tidak boleh kosong"))
                .body(message("items[2].code"), equalTo("ukuran harus antara 0 dan 5"))
                .body(message("jp"), equalTo("harus lebih dari atau sama dengan 1"))
                .body(message("startsOn"), equalTo("wajib diisi"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US,id;q=0.5", "fr-FR", "*"})
    void englishOtherwise(String acceptLanguage) {
        assertProblem(in(acceptLanguage).contentType("application/json").body(INVALID_COURSE).post(COURSES), 400,
                "validation", COURSES)
                .body("title", equalTo("Invalid input"))
                .body(message("startsOn"), equalTo("must not be null"));
    }

    @Test
    void listBodiesAreIndexedFromTheTop() {
        assertProblem(json("[{\"code\": \"A1\", \"qty\": 2}, {\"code\": \"\", \"qty\": 0}]").post(BASE + "/items"), 400,
                "validation", BASE + "/items")
                .body("errors.field", contains("[1].code", "[1].qty"));
        assertProblem(json("[]").post(BASE + "/items"), 400, "validation", BASE + "/items")
                .body("errors.field", contains("$"))
                .body("errors.message", contains("must not be empty"));
    }

    @Test
    void queryHeaderAndBeanParametersAreNamedAsSent() {
        ValidatableResponse response = assertProblem(given()
                .header("X-Unit-Code", "not a code")
                .queryParam("page", -1)
                .queryParam("per_page", 500)
                .queryParam("min_jp", 0)
                .get(COURSES), 400, "validation", COURSES);
        response.body("errors.field", containsInAnyOrder("page", "per_page", "min_jp", "X-Unit-Code"))
                .body(message("per_page"), equalTo("must be less than or equal to 200"));
    }

    @Test
    void pathParameterIsNamedByItsTemplateVariable() {
        assertProblem(given().get(COURSES + "/WAY-TOO-LONG-CODE"), 400, "validation", COURSES + "/WAY-TOO-LONG-CODE")
                .body("errors.field", contains("code"))
                .body("errors.message", contains("size must be between 0 and 10"));
    }

    @Test
    void missingBodyIsReportedForTheWholeBody() {
        assertProblem(given().contentType("application/json").post(COURSES), 400, "validation", COURSES)
                .body("errors.field", contains("$"))
                .body("errors.message", contains("must not be null"));
    }

    @Test
    void aBrokenResponseContractIsOurFaultNotTheClients() {
        assertProblem(given().get(BASE + "/broken-contract"), 500, "internal", BASE + "/broken-contract");
    }
}
