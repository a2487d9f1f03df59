package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static id.kompeten.platform.error.ProblemJson.in;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * More requests at once than the connection pool can serve: those that find no connection within the acquisition
 * timeout are told to come back (503 with Retry-After), not that the server broke (500).
 */
@QuarkusTest
@TestProfile(PoolExhaustionTest.TinyPool.class)
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class PoolExhaustionTest {

    private static final int POOL = 2;

    /** A pool of two connections, given up on after two seconds; statements may run longer than usual (SLEEP). */
    public static class TinyPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.min-size", String.valueOf(POOL),
                    "quarkus.datasource.jdbc.initial-size", String.valueOf(POOL),
                    "quarkus.datasource.jdbc.max-size", String.valueOf(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "20000");
        }
    }

    @Test
    void requestsFindingNoConnectionInTimeAreAskedToRetry() {
        List<CompletableFuture<Integer>> holders = IntStream.range(0, POOL)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> given().get("/test/db/hold?millis=8000").statusCode()))
                .toList();
        await().atMost(Duration.ofSeconds(20)).until(
                () -> given().get("/test/db/holding").jsonPath().getInt("holding") == POOL);

        long start = System.nanoTime();
        assertProblem(given().get("/test/db/read"), 503, "service-unavailable", "/test/db/read")
                .header("Retry-After", equalTo("5"))
                .body("title", equalTo("Service unavailable"))
                .body("detail", startsWith("The service cannot reach its database right now"));
        assertProblem(in("id").get("/test/db/read"), 503, "service-unavailable", "/test/db/read")
                .body("title", equalTo("Layanan tidak tersedia"));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(true, waited.compareTo(Duration.ofSeconds(6)) < 0, "answered after the acquisition timeout, not "
                + "after the holders finished: " + waited);

        holders.forEach(holder -> assertEquals(200, holder.join()));
        given().get("/test/db/read").then().statusCode(200).body("one", equalTo(1));
    }
}
