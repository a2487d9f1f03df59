package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.BASE;
import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static id.kompeten.platform.error.ProblemJson.in;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** ApiProblem subclasses thrown by services, worded from the bundles in the request's language. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class ApiProblemMappingTest {

    @Test
    void notFoundNamesTheResourceAndId() {
        assertProblem(given().get(BASE + "/competencies/K-01"), 404, "not-found", BASE + "/competencies/K-01")
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("Competency 'K-01' was not found."))
                .body("$", not(hasKey("errors")))
                .body("$", not(hasKey("correlationId")));
    }

    @Test
    void notFoundInIndonesianTranslatesTheResourceName() {
        assertProblem(in("id-ID").get(BASE + "/competencies/K-01"), 404, "not-found", BASE + "/competencies/K-01")
                .body("title", equalTo("Tidak ditemukan"))
                .body("detail", equalTo("Kompetensi 'K-01' tidak ditemukan."));
    }

    @Test
    void resourceNameWithoutTranslationIsShownAsGiven() {
        assertProblem(given().get(BASE + "/courses/X1"), 404, "not-found", BASE + "/courses/X1")
                .body("detail", equalTo("Course 'X1' was not found."));
    }

    @Test
    void conflict() {
        assertProblem(given().contentType("application/json").post(BASE + "/conflict"), 409, "conflict", BASE + "/conflict")
                .body("title", equalTo("Conflict"))
                .body("detail", equalTo("The request conflicts with the current state of the resource."));
    }

    @Test
    void idempotencyKeyReusedWithAnotherBody() {
        assertProblem(in("id").contentType("application/json").post(BASE + "/idempotency"), 422, "unprocessable",
                BASE + "/idempotency")
                .body("title", equalTo("Permintaan tidak dapat diproses"))
                .body("detail", equalTo("Idempotency-Key ini sudah pernah dipakai untuk isi permintaan yang berbeda."));
    }

    @Test
    void stalePreconditionGivesTheCurrentEtag() {
        assertProblem(given().contentType("application/json").put(BASE + "/stale"), 412, "precondition-failed",
                BASE + "/stale")
                .body("detail", equalTo(
                        "The resource has changed since you read it (its current ETag is \"7\"); read it again and retry."));
    }

    @Test
    void missingIfMatch() {
        assertProblem(in("id").contentType("application/json").put(BASE + "/unconditional"), 428,
                "precondition-required", BASE + "/unconditional")
                .body("title", equalTo("Prasyarat diperlukan"))
                .body("detail", equalTo("Pembaruan ini memerlukan header If-Match berisi ETag versi yang Anda baca."));
    }

    @Test
    void invalidInputWordsFieldErrorsFromTheServiceBundle() {
        assertProblem(given().contentType("application/json").post(BASE + "/period"), 400, "validation", BASE + "/period")
                .body("title", equalTo("Invalid input"))
                .body("errors.field", contains("endsOn"))
                .body("errors.message", contains("must not be before 2025-03-01"));
        assertProblem(in("id").contentType("application/json").post(BASE + "/period"), 400, "validation", BASE + "/period")
                .body("errors.message", contains("tidak boleh sebelum 2025-03-01"));
    }
}
