package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestStackControl;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A database that stops answering (its process frozen, connections open) must not hang the service: requests get 503
 * within seconds, readiness turns DOWN within a probe's timeout, and both recover by themselves once it answers again.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class DatabaseStallTest {

    /** Two socket timeouts (3 s: the read, then closing the TLS link) plus slack; before the fix: the whole stall. */
    private static final Duration REQUEST_BOUND = Duration.ofSeconds(9);
    /** A readiness probe's timeout. */
    private static final Duration READINESS_BOUND = Duration.ofSeconds(5);

    @Test
    void aStalledDatabaseGivesQuick503sAndReadinessDownThenRecovers() {
        given().get("/test/db/read").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);

        TestStackControl.pauseDatabase();
        try {
            long start = System.nanoTime();
            assertProblem(waitingAtMost(Duration.ofSeconds(30)).get("/test/db/read"), 503, "service-unavailable",
                    "/test/db/read")
                    .header("Retry-After", equalTo("5"));
            assertWithin(REQUEST_BOUND, start, "the request");

            start = System.nanoTime();
            waitingAtMost(Duration.ofSeconds(30)).get("/q/health/ready")
                    .then().statusCode(503).body("status", equalTo("DOWN"));
            assertWithin(READINESS_BOUND, start, "readiness");
        } finally {
            TestStackControl.resumeDatabase();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> given().get("/test/db/read").then().statusCode(200).body("one", equalTo(1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP")));
    }

    /** A client that gives up, so a hanging server fails the test instead of stalling the build. */
    private static RequestSpecification waitingAtMost(Duration timeout) {
        int millis = (int) timeout.toMillis();
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", millis)
                .setParam("http.connection.timeout", millis)));
    }

    private static void assertWithin(Duration bound, long startNanos, String what) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        assertTrue(took.compareTo(bound) <= 0, what + " took " + took + ", more than " + bound);
    }
}
