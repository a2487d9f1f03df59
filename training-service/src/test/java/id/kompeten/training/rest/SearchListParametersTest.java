package id.kompeten.training.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * List parameters take several values per parameter, comma-separated: the bound on their number holds after
 * splitting, so no request turns into an unbounded IN list.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class SearchListParametersTest {

    private static final String COURSES = "/api/v1/courses";
    private static final String SESSIONS = "/api/v1/sessions";

    @Test
    void courseSearchTakesAtMostTwentyCompetenciesHoweverTheyAreSent() {
        given().queryParam("competency", codes(20)).get(COURSES).then().statusCode(200);
        given().queryParam("competency", codes(21)).get(COURSES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("competency"));
        // Spread over repeated parameters, the values count the same.
        given().queryParam("competency", codes(11)).queryParam("competency", codes(10)).get(COURSES)
                .then().statusCode(400).body("errors[0].field", equalTo("competency"));
        // Each value is a code: at most 50 characters.
        given().queryParam("competency", "PELAYANAN-PRIMA," + "K".repeat(51)).get(COURSES)
                .then().statusCode(400).body("errors[0].field", equalTo("competency"));
    }

    @Test
    void statusListsAreBoundedToo() {
        given().queryParam("status", String.join(",", Collections.nCopies(21, "PUBLISHED"))).get(COURSES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().queryParam("status", String.join(",", Collections.nCopies(21, "OPEN"))).get(SESSIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().queryParam("status", "OPEN,FULL,RUNNING").get(SESSIONS).then().statusCode(200);
        given().queryParam("status", "PUBLISHED").get(COURSES).then().statusCode(200);
    }

    private static String codes(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "KOMP-" + i).collect(Collectors.joining(","));
    }
}
