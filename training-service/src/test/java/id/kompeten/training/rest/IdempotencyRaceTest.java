package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.competencyBody;
import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.Concurrently;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retries with one Idempotency-Key that arrive at the same time, as a client that times out and retries at once
 * sends them (to this instance or another behind the same database): one record, and every caller the same answer.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class IdempotencyRaceTest {

    private static final int RETRIES = 4;
    private static final int ROUNDS = 5;

    @Test
    void concurrentRetriesOfADefinitionCreateOneCompetencyAndGetOneAnswer() {
        for (int round = 0; round < ROUNDS; round++) {
            String code = uniqueCode("IDEM");
            Map<String, Object> body = competencyBody(code);
            String key = UUID.randomUUID().toString();
            List<Response> answers = Concurrently.times(RETRIES, () -> as(Roles.CATALOG_MANAGER)
                    .header("Idempotency-Key", key).body(body).post("/api/v1/competencies"));
            assertSameCreated(answers);
            assertEquals(1, count("SELECT COUNT(*) FROM competency WHERE code = ?1", code));
            assertEquals(1, catalogEventsInOutbox(code).size(), "one CompetencyDefined");
        }
    }

    @Test
    void concurrentRetriesOfASchedulingCreateOneSessionAndGetOneAnswer() {
        String courseId = createPublishedCourse(8, "ONLINE");
        for (int round = 0; round < ROUNDS; round++) {
            String code = uniqueCode("IDEM");
            Map<String, Object> body = sessionBody(code, LocalDate.of(2027, 5, 3).plusWeeks(round), 8, "ONLINE");
            String key = UUID.randomUUID().toString();
            List<Response> answers = Concurrently.times(RETRIES, () -> as(Roles.CATALOG_MANAGER)
                    .header("Idempotency-Key", key).body(body).post("/api/v1/courses/" + courseId + "/sessions"));
            assertSameCreated(answers);
            assertEquals(1, count("SELECT COUNT(*) FROM course_session WHERE code = ?1", code));
        }
    }

    private static void assertSameCreated(List<Response> answers) {
        Response first = answers.get(0);
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
            assertEquals(first.header("Location"), answer.header("Location"));
            assertEquals(first.header("ETag"), answer.header("ETag"));
            assertEquals(first.jsonPath().getMap(""), answer.jsonPath().getMap(""));
        }
    }

    private static long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
