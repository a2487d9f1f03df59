package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two requests that lock the same two rows in opposite orders: the database breaks the deadlock by rolling one back.
 * That one is told to send the request again (409 transaction-aborted with Retry-After), not that the server broke
 * (500); the other succeeds.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class DeadlockTest {

    @Test
    void theDeadlockVictimGets409WithRetryAfter() throws Exception {
        CompletableFuture<Response> forward = CompletableFuture.supplyAsync(() -> lock(1, 2));
        CompletableFuture<Response> backward = CompletableFuture.supplyAsync(() -> lock(2, 1));
        List<Response> responses = List.of(forward.get(30, TimeUnit.SECONDS), backward.get(30, TimeUnit.SECONDS));

        List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
        assertEquals(List.of(200, 409), statuses, "one wins, the deadlock victim gets 409");
        Response victim = responses.stream().filter(response -> response.statusCode() == 409).findFirst().orElseThrow();
        assertProblem(victim, 409, "transaction-aborted", "/test/db/lock-in-order")
                .header("Retry-After", equalTo("1"));
    }

    private static Response lock(int first, int second) {
        return given().queryParam("first", first).queryParam("second", second).post("/test/db/lock-in-order");
    }
}
