package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.competencyBody;
import static id.kompeten.training.TrainingTestSupport.courseBody;
import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.defineCompetencyOfType;
import static id.kompeten.training.TrainingTestSupport.providerBody;
import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static id.kompeten.training.TrainingTestSupport.uniqueProviderName;
import static org.awaitility.Awaitility.await;
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
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Unique keys are looked up before a write (for a clear 409) and enforced by the database's unique index, which catches
 * a request that took the key between that look-up and the write: that, too, is a 409, never a 500.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class UniqueKeyRaceTest {

    private static final int CLIENTS = 8;
    private static final LocalDate START = LocalDate.of(2027, 4, 5);

    @Test
    void concurrentCreatesWithOneCodeGiveOneCreatedAndOnlyConflicts() {
        String competency = uniqueCode("RACE");
        assertOneCreatedRestConflicts(Concurrently.times(CLIENTS, () -> as(Roles.CATALOG_MANAGER)
                .body(competencyBody(competency)).post("/api/v1/competencies").statusCode()));
        assertEquals(1, count("SELECT COUNT(*) FROM competency WHERE code = ?1", competency));

        String provider = registerAccreditedProvider("UNIVERSITY");
        String teknis = defineCompetencyOfType("TEKNIS");
        String course = uniqueCode("RACE");
        assertOneCreatedRestConflicts(Concurrently.times(CLIENTS, () -> as(Roles.CATALOG_MANAGER)
                .body(courseBody(course, provider, teknis)).post("/api/v1/courses").statusCode()));
        assertEquals(1, count("SELECT COUNT(*) FROM course WHERE code = ?1", course));

        String courseId = createPublishedCourse(8, "CLASSROOM");
        String session = uniqueCode("RACE");
        assertOneCreatedRestConflicts(Concurrently.times(CLIENTS, () -> as(Roles.CATALOG_MANAGER)
                .body(sessionBody(session, START, 8, "CLASSROOM")).post("/api/v1/courses/" + courseId + "/sessions")
                .statusCode()));
        assertEquals(1, count("SELECT COUNT(*) FROM course_session WHERE code = ?1", session));
    }

    @Test
    void aCompetencyCodeTakenAfterTheCheckIsAConflictAtTheInsert() {
        String code = uniqueCode("FLUSH");
        assertConflictAtInsert("competency",
                "INSERT INTO competency (code, name_id, name_en, type, active, version, created_at, updated_at)"
                        + " VALUES (?1, 'Balapan', 'Race', 'TEKNIS', TRUE, 0, NOW(6), NOW(6))", List.of(code),
                () -> as(Roles.CATALOG_MANAGER).body(competencyBody(code)).post("/api/v1/competencies"));
    }

    @Test
    void aProviderNameTakenAfterTheCheckIsAConflictAtTheInsert() {
        String name = uniqueProviderName("Balapan");
        assertConflictAtInsert("provider",
                "INSERT INTO provider (id, type, name, accreditation_status, active, version, created_at, updated_at)"
                        + " VALUES (?1, 'NGO', ?2, 'ACCREDITED', TRUE, 0, NOW(6), NOW(6))",
                List.of(UUID.randomUUID().toString(), name),
                () -> as(Roles.CATALOG_MANAGER).body(providerBody(name)).post("/api/v1/providers"));
    }

    @Test
    void aCourseCodeTakenAfterTheCheckIsAConflictAtTheInsert() {
        String provider = registerAccreditedProvider("UNIVERSITY");
        String teknis = defineCompetencyOfType("TEKNIS");
        String code = uniqueCode("FLUSH");
        assertConflictAtInsert("course",
                "INSERT INTO course (id, code, title, delivery_mode, jp, provider_id, min_attendance_percent,"
                        + " min_post_test_score, status, version, created_at, updated_at)"
                        + " VALUES (?1, ?2, 'Balapan', 'CLASSROOM', 8, ?3, 80, 70, 'DRAFT', 0, NOW(6), NOW(6))",
                List.of(UUID.randomUUID().toString(), code, provider),
                () -> as(Roles.CATALOG_MANAGER).body(courseBody(code, provider, teknis)).post("/api/v1/courses"));
    }

    @Test
    void aSessionCodeTakenAfterTheCheckIsAConflictAtTheInsert() {
        // The held session belongs to another course, so only the code's unique index holds the request up.
        String other = createPublishedCourse(8, "CLASSROOM");
        String courseId = createPublishedCourse(8, "CLASSROOM");
        String code = uniqueCode("FLUSH");
        assertConflictAtInsert("course_session",
                "INSERT INTO course_session (id, course_id, code, start_date, end_date, region_code, region_name,"
                        + " capacity, seats_taken, enrollment_opens_on, enrollment_closes_on, status, version,"
                        + " created_at, updated_at) VALUES (?1, ?2, ?3, '2027-04-05', '2027-04-05', '12.73',"
                        + " 'Kota Sibolga', 30, 0, '2027-03-01', '2027-03-29', 'DRAFT', 0, NOW(6), NOW(6))",
                List.of(UUID.randomUUID().toString(), other, code),
                () -> as(Roles.CATALOG_MANAGER).body(sessionBody(code, START, 8, "CLASSROOM"))
                        .post("/api/v1/courses/" + courseId + "/sessions"));
    }

    private static void assertOneCreatedRestConflicts(List<Integer> statuses) {
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
    }

    /**
     * Holds an uncommitted row with the key in another transaction, so the request's look-up does not see it and its
     * insert waits on the unique index; commits the row once the request's insert is waiting. The request must then
     * answer 409 problem+json, from the index.
     */
    private static void assertConflictAtInsert(String table, String insert, List<Object> parameters,
            Supplier<Response> request) {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            Query query = Panache.getEntityManager().createNativeQuery(insert);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            query.executeUpdate();
            held.countDown();
            awaitLatch(release);
        }));
        try {
            awaitLatch(held);
            CompletableFuture<Response> answer = CompletableFuture.supplyAsync(request);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query'"
                            + " AND INFO LIKE ?1", "insert into " + table + " (%") > 0);
            release.countDown();
            holder.join();
            answer.join().then().statusCode(409).contentType("application/problem+json");
        } finally {
            release.countDown();
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue());
    }
}
