package id.kompeten.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** A portal page of an allowed origin calls the API as a browser would; a page of any other origin cannot read it. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class CrossOriginTest {

    /** Allowed in the test configuration (kompeten.cors.origins). */
    private static final String PORTAL = "https://portal.kompeten.example";
    private static final String FOREIGN = "https://evil.example";

    @Test
    void preflightFromAnAllowedOriginAllowsTheApiHeaders() {
        preflight(PORTAL, "PUT", "authorization, content-type, if-match, idempotency-key, accept-language")
                .options("/test/problems/stale")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers",
                        equalTo("Authorization, Content-Type, If-Match, Idempotency-Key, Accept-Language"))
                .header("Access-Control-Max-Age", equalTo("3600"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void allowedOriginReadsAnswersAndTheirHeaders() {
        given().header("Origin", PORTAL).get("/security-probe/public")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL))
                .header("Access-Control-Expose-Headers", equalTo("ETag, Location, Retry-After, X-Correlation-Id"));
    }

    @Test
    void allowedOriginReadsProblemsToo() {
        given().header("Origin", "http://localhost:5173").get("/security-probe/admin")
                .then().statusCode(401).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void foreignOriginGetsNoCorsHeaders() {
        preflight(FOREIGN, "POST", "authorization").options("/test/problems/courses")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
        // served as to any non-browser client: only the browser withholds the answer from the foreign page
        given().header("Origin", FOREIGN).get("/security-probe/public")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Expose-Headers", nullValue());
    }

    private static RequestSpecification preflight(String origin, String method, String headers) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers);
    }
}
