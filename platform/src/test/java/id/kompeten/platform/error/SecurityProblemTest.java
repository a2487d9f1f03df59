package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.BASE;
import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static id.kompeten.platform.error.ProblemJson.in;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Authentication and authorisation failures; authentication is lazy, so they reach the JAX-RS mappers. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class SecurityProblemTest {

    private static final String ADMIN = BASE + "/admin";

    @Test
    void noTokenIsUnauthorizedWithABearerChallenge() {
        assertProblem(given().get(ADMIN), 401, "unauthorized", ADMIN)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("title", equalTo("Unauthorized"))
                .body("detail", equalTo("This request needs a valid bearer token."));
    }

    @Test
    void garbageTokenIsUnauthorizedAsAnInvalidToken() {
        assertProblem(given().header("Authorization", "Bearer abc").get(ADMIN), 401, "unauthorized", ADMIN)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("detail", equalTo("The bearer token is invalid or has expired."));
    }

    @Test
    void unauthorizedInIndonesian() {
        assertProblem(in("id").get(ADMIN), 401, "unauthorized", ADMIN)
                .body("title", equalTo("Tidak terautentikasi"))
                .body("detail", equalTo("Permintaan ini memerlukan bearer token yang valid."));
    }

    @Test
    void forbidden() {
        assertProblem(in("id").get(BASE + "/forbidden"), 403, "forbidden", BASE + "/forbidden")
                .body("title", equalTo("Akses ditolak"))
                .body("detail", equalTo("Anda tidak berwenang melakukan operasi ini."));
    }
}
