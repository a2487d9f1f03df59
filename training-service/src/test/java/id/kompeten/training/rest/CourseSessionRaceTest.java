package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.courseBody;
import static id.kompeten.training.TrainingTestSupport.courseUpdateBody;
import static id.kompeten.training.TrainingTestSupport.createCourse;
import static id.kompeten.training.TrainingTestSupport.defineCompetencyOfType;
import static id.kompeten.training.TrainingTestSupport.publishCourse;
import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.scheduleSession;
import static id.kompeten.training.TrainingTestSupport.sessionAction;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.Concurrently;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session's rules depend on its course (published, its JP) and the course's rules on its sessions (no open session
 * of an archived course, JP fixed while sessions are active). Each side checks the other under a lock on the course
 * row, so two requests racing cannot both pass on a state the other is changing (write skew).
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class CourseSessionRaceTest {

    private static final int ROUNDS = 20;
    private static final LocalDate START = LocalDate.of(2027, 6, 7);
    private static final String COURSES = "/api/v1/courses/";
    private static final String SESSIONS = "/api/v1/sessions/";

    private String provider;
    private String competency;

    @BeforeEach
    void catalogue() {
        provider = registerAccreditedProvider("UNIVERSITY");
        competency = defineCompetencyOfType("TEKNIS");
    }

    @Test
    void aCourseWithASessionOpenForEnrollmentIsNotArchived() {
        String courseId = publishedCourse(8);
        String sessionId = scheduleSession(courseId, sessionBody(uniqueCode("OPEN"), START, 8, "CLASSROOM"));
        sessionAction(sessionId, "open");
        as(Roles.CATALOG_MANAGER).header("If-Match", etag(COURSES + courseId)).post(COURSES + courseId + "/archive")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 session"));

        sessionAction(sessionId, "cancel");
        as(Roles.CATALOG_MANAGER).header("If-Match", etag(COURSES + courseId)).post(COURSES + courseId + "/archive")
                .then().statusCode(200);
    }

    @Test
    void archivingRacingOpeningNeverLeavesAnOpenSessionOfAnArchivedCourse() {
        for (int round = 0; round < ROUNDS; round++) {
            String courseId = publishedCourse(8);
            String sessionId = scheduleSession(courseId, sessionBody(uniqueCode("SKEW"), START, 8, "CLASSROOM"));
            String courseTag = etag(COURSES + courseId);
            String sessionTag = etag(SESSIONS + sessionId);

            List<Integer> statuses = Concurrently.run(List.<Callable<Integer>>of(
                    () -> as(Roles.CATALOG_MANAGER).header("If-Match", courseTag)
                            .post(COURSES + courseId + "/archive").statusCode(),
                    () -> as(Roles.CATALOG_MANAGER).header("If-Match", sessionTag)
                            .post(SESSIONS + sessionId + "/open").statusCode()));

            String course = read(COURSES + courseId).getString("status");
            String session = read(SESSIONS + sessionId).getString("status");
            assertFalse(course.equals("ARCHIVED") && List.of("OPEN", "FULL").contains(session),
                    "round " + round + ": session " + session + " of an " + course + " course, answers " + statuses);
            // Whichever comes second finds the other's change and refuses.
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "round " + round);
        }
    }

    @Test
    void changingTheJpRacingSchedulingNeverLeavesASessionWhoseDaysDoNotAddUp() {
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> body = courseBody(uniqueCode("JP"), provider, competency);
            body.put("jp", 16);
            String courseId = createCourse(body);
            publishCourse(courseId);
            String courseTag = etag(COURSES + courseId);
            Map<String, Object> longer = courseUpdateBody(body);
            longer.put("jp", 24);
            Map<String, Object> session = sessionBody(uniqueCode("JP"), START, 16, "CLASSROOM");

            List<Integer> statuses = Concurrently.run(List.<Callable<Integer>>of(
                    () -> as(Roles.CATALOG_MANAGER).header("If-Match", courseTag).body(longer)
                            .put(COURSES + courseId).statusCode(),
                    () -> as(Roles.CATALOG_MANAGER).body(session)
                            .post(COURSES + courseId + "/sessions").statusCode()));

            int jp = read(COURSES + courseId).getInt("jp");
            JsonPath sessions = as(Roles.CATALOG_MANAGER).get(COURSES + courseId + "/sessions")
                    .then().statusCode(200).extract().jsonPath();
            for (List<Integer> days : sessions.<List<Integer>>getList("items.schedule.jp")) {
                assertEquals(jp, days.stream().mapToInt(Integer::intValue).sum(),
                        "round " + round + ": answers " + statuses);
            }
            // Course first: the days no longer add up (400). Session first: the JP is locked (409).
            assertTrue(List.of(List.of(200, 400), List.of(409, 201)).contains(statuses),
                    "round " + round + ": answers " + statuses);
        }
    }

    private String publishedCourse(int jp) {
        Map<String, Object> body = courseBody(uniqueCode("SKEW"), provider, competency);
        body.put("jp", jp);
        String courseId = createCourse(body);
        publishCourse(courseId);
        return courseId;
    }

    private static String etag(String path) {
        return as(Roles.CATALOG_MANAGER).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static JsonPath read(String path) {
        return as(Roles.CATALOG_MANAGER).get(path).then().statusCode(200).extract().jsonPath();
    }
}
