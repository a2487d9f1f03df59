package id.kompeten.platform.error;

import static id.kompeten.platform.error.ProblemJson.BASE;
import static id.kompeten.platform.error.ProblemJson.assertProblem;
import static id.kompeten.platform.error.ProblemJson.in;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures that are ours: nothing of the internals in the body, everything in the log under the correlation id. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class InternalProblemTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final Logger mapperLog = Logger.getLogger(ProblemMappers.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        mapperLog.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        mapperLog.removeHandler(capture);
    }

    @Test
    void unexpectedErrorHidesInternalsAndGivesACorrelationId() {
        Response response = given().get(BASE + "/boom");
        String correlationId = assertProblem(response, 500, "internal", BASE + "/boom")
                .header(ProblemMappers.CORRELATION_ID_HEADER, matchesPattern(UUID))
                .body("title", equalTo("Internal error"))
                .body("detail", equalTo(
                        "Something went wrong on our side. If it persists, report it with the correlation id."))
                .extract().header(ProblemMappers.CORRELATION_ID_HEADER);

        response.then().body("correlationId", equalTo(correlationId));
        String body = response.asString();
        assertThat(body, not(containsString("IllegalStateException")));
        assertThat(body, not(containsString("hunter2")));
        assertThat(body, not(containsString("java.")));
        assertThat(body, not(containsString("ProblemTestResource")));

        List<LogRecord> errors = logged.stream()
                .filter(record -> record.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(record -> record.getMessage() != null && record.getMessage().contains(correlationId))
                .toList();
        assertThat(errors, hasSize(1));
        assertThat(errors.get(0).getThrown().getMessage(), equalTo(ProblemTestResource.SECRET));
    }

    @Test
    void everyFailureHasItsOwnCorrelationId() {
        String first = given().get(BASE + "/boom").then().extract().path("correlationId");
        String second = given().get(BASE + "/boom").then().extract().path("correlationId");
        assertThat(first, not(equalTo(second)));
    }

    @Test
    void deliberateServerErrorKeepsItsStatusButNotItsMessage() {
        Response response = given().get(BASE + "/unavailable");
        assertProblem(response, 503, "http-error", BASE + "/unavailable")
                .body("correlationId", matchesPattern(UUID));
        assertThat(response.asString(), not(containsString("hunter2")));
    }

    @Test
    void concurrentUpdateIsAFailedPrecondition() {
        assertProblem(given().contentType("application/json").put(BASE + "/optimistic"), 412, "precondition-failed",
                BASE + "/optimistic")
                .body("detail", equalTo(
                        "The resource was changed by someone else at the same time; read it again and retry."));
        assertProblem(in("id").contentType("application/json").put(BASE + "/optimistic"), 412, "precondition-failed",
                BASE + "/optimistic")
                .body("title", equalTo("Prasyarat tidak terpenuhi"));
    }

    @Test
    void staleEntityNoticedAtCommitIsFoundInsideTheWrapper() {
        assertProblem(given().contentType("application/json").put(BASE + "/optimistic-at-commit"), 412,
                "precondition-failed", BASE + "/optimistic-at-commit");
    }
}
