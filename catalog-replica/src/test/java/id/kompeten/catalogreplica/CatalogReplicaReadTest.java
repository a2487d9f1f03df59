package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.code;
import static id.kompeten.catalogreplica.ReplicaTestSupport.id;
import static id.kompeten.catalogreplica.ReplicaTestSupport.inTransaction;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sample;
import static id.kompeten.catalogreplica.ReplicaTestSupport.twoDays;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.catalogreplica.CatalogNotSynchronisedProblem.Subject;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CourseArchived;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.catalog.SessionScheduled;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.messaging.EffectOutcome;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The read API enrollment and evaluation decide with: complete rows (usable after the transaction that read them),
 * named look-ups, and the 409 "not yet synchronised" as a client sees it.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogReplicaReadTest {

    @Inject
    CatalogReplica catalog;

    @Test
    void sessionWithItsCourseCarriesWhatEnrollmentDecidesWith() {
        String courseId = id();
        String sessionId = id();
        applied(sample(CoursePublished.class, courseId, 1, c -> {
            c.put("jp", 24).putObject("passRules").put("minAttendancePercent", 75).put("minPostTestScore", 65);
            c.putArray("methods").add("SIMULATION").add("E_LEARNING");
        }));
        applied(sample(SessionOpened.class, sessionId, 1, s -> twoDays(s.put("courseId", courseId))
                .put("enrollmentOpensOn", "2027-01-04").put("enrollmentClosesOn", "2027-02-01")));

        SessionWithCourse found = inTransaction(() -> catalog.sessionWithCourse(sessionId)).orElseThrow();
        SessionReplica session = found.session();
        assertEquals("OPEN", session.status().name());
        assertEquals(LocalDate.of(2027, 1, 4), session.enrollmentOpensOn());
        assertEquals(LocalDate.of(2027, 2, 1), session.enrollmentClosesOn());
        assertEquals(List.of(new SessionDayReplica(LocalDate.of(2027, 2, 8), 12),
                new SessionDayReplica(LocalDate.of(2027, 2, 9), 12)), session.days());
        assertEquals(30, session.capacity());
        assertEquals("12.73", session.regionCode());
        CourseReplica course = found.course();
        assertEquals(24, course.jp());
        assertEquals(75, course.minAttendancePercent());
        assertEquals(65, course.minPostTestScore());
        assertEquals(Set.of(LearningMethod.E_LEARNING, LearningMethod.SIMULATION), course.methods());
        assertEquals(List.of(new CourseCompetencyReplica("KOMUNIKASI-PUBLIK", 3)), course.competencies());
    }

    @Test
    void unknownSessionIsEmptyAndUnknownCourseNotYetSynchronised() {
        assertTrue(inTransaction(() -> catalog.sessionWithCourse(id())).isEmpty());
        String courseId = id();
        CatalogNotSynchronisedProblem problem = assertThrows(CatalogNotSynchronisedProblem.class,
                () -> inTransaction(() -> catalog.requireCourse(courseId)));
        assertEquals(Subject.COURSE, problem.subject());
        assertEquals(Optional.of(Duration.ofSeconds(2)), problem.retryAfter(), "kompeten.catalog-replica.retry-after");
    }

    @Test
    void sessionsOfACourseComeByStartDate() {
        String courseId = id();
        String march = id();
        String february = id();
        applied(sample(SessionScheduled.class, march, 0, s -> s.put("courseId", courseId).put("startDate", "2027-03-01")
                .put("endDate", "2027-03-03")));
        applied(sample(SessionOpened.class, february, 1, s -> s.put("courseId", courseId)));
        applied(sample(SessionOpened.class, id(), 1, s -> s.put("courseId", id())));

        List<SessionReplica> sessions = inTransaction(() -> catalog.sessionsOfCourse(courseId));
        assertEquals(List.of(february, march), sessions.stream().map(SessionReplica::id).toList());
        assertEquals(3, sessions.get(1).days().size(), "loaded with the session");
    }

    @Test
    void publishedCoursesReachingACompetencyLevel() {
        String competency = code();
        String other = code();
        String reachesFour = course("Analisis Data", CoursePublished.class, c -> competency(c, competency, 4)
                .addObject().put("code", other).put("level", 1));
        String reachesTwo = course("Pengantar Data", CoursePublished.class, c -> competency(c, competency, 2));
        course("Arsip Lama", CourseArchived.class, c -> competency(c, competency, 5));
        course("Bidang Lain", CoursePublished.class, c -> competency(c, other, 5));

        assertEquals(List.of(reachesFour), ids(inTransaction(() -> catalog.publishedCoursesReaching(competency, 3))));
        assertEquals(List.of(reachesFour, reachesTwo),
                ids(inTransaction(() -> catalog.publishedCoursesReaching(competency, 2))), "by title");
        CourseReplica found = inTransaction(() -> catalog.publishedCoursesReaching(competency, 4)).get(0);
        assertEquals(2, found.competencies().size(), "all its competencies, not only the one searched for");
        assertTrue(inTransaction(() -> catalog.publishedCoursesReaching(competency, 5)).isEmpty(), "archived");
    }

    @Test
    void manyAtOnceByIdLeavingOutWhatTheReplicaDoesNotHold() {
        String providerId = id();
        String courseId = id();
        String sessionId = id();
        String competency = code();
        applied(sample(ProviderRegistered.class, providerId, 0));
        applied(sample(CoursePublished.class, courseId, 1));
        applied(sample(SessionOpened.class, sessionId, 1));
        applied(sample(CompetencyDefined.class, competency, 0));
        String unknown = id();

        assertEquals(Set.of(providerId), inTransaction(() -> catalog.providers(List.of(providerId, unknown))).keySet());
        Map<String, CourseReplica> courses = inTransaction(() -> catalog.courses(List.of(courseId, unknown)));
        assertEquals(Set.of(courseId), courses.keySet());
        assertEquals(1, courses.get(courseId).competencies().size(), "loaded with the course");
        Map<String, SessionReplica> sessions = inTransaction(() -> catalog.sessions(List.of(sessionId, unknown)));
        assertEquals(Set.of(sessionId), sessions.keySet());
        assertEquals(3, sessions.get(sessionId).days().size(), "loaded with the session");
        assertEquals(Set.of(competency),
                inTransaction(() -> catalog.competencies(List.of(competency, "NOPE"))).keySet());
        assertTrue(inTransaction(() -> catalog.sessions(List.of())).isEmpty());
    }

    @Test
    void requestNeedingACourseTheReplicaLacksAnswers409WithRetryAfter() {
        String courseId = id();
        String sessionId = id();
        applied(sample(SessionOpened.class, sessionId, 1, s -> s.put("courseId", courseId)));
        String path = "/test/catalog/sessions/" + sessionId;

        given().when().get(path)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("urn:kompeten:problem:catalog-not-synchronised"))
                .body("title", equalTo("Catalogue not yet synchronised"))
                .body("status", equalTo(409))
                .body("detail", equalTo("Course '" + courseId + "' is not yet in this service's copy of the training"
                        + " catalogue; it usually arrives within seconds. Retry in 2 seconds."))
                .body("instance", equalTo(path));
        given().header("Accept-Language", "id-ID").when().get(path)
                .then().statusCode(409)
                .header("Retry-After", "2")
                .body("title", equalTo("Katalog belum tersinkronisasi"))
                .body("detail", equalTo("Pelatihan '" + courseId + "' belum ada di salinan katalog pelatihan pada"
                        + " layanan ini; biasanya tiba dalam beberapa detik. Coba lagi dalam 2 detik."));

        applied(sample(CoursePublished.class, courseId, 1));
        given().when().get(path)
                .then().statusCode(200)
                .body("course", equalTo("Komunikasi Publik"))
                .body("days", equalTo(3))
                .body("jp", equalTo(24));
        given().when().get("/test/catalog/sessions/" + id()).then().statusCode(404);
    }

    private static void applied(ReplicaTestSupport.Sample<?> sample) {
        assertEquals(EffectOutcome.APPLIED, sample.apply(), sample.type().getSimpleName());
    }

    private static String course(String title, Class<? extends CatalogEvent> type,
            Consumer<ObjectNode> competencies) {
        String courseId = id();
        applied(sample(type, courseId, 1, c -> competencies.accept(c.put("title", title))));
        return courseId;
    }

    private static ArrayNode competency(ObjectNode course, String code, int level) {
        ArrayNode competencies = course.putArray("competencies");
        competencies.addObject().put("code", code).put("level", level);
        return competencies;
    }

    private static List<String> ids(List<CourseReplica> courses) {
        return courses.stream().map(CourseReplica::id).toList();
    }
}
