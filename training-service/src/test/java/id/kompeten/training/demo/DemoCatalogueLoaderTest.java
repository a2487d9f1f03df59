package id.kompeten.training.demo;

import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.training.demo.DemoCatalogueLoader.DemoLoadResult;
import id.kompeten.training.domain.Course;
import id.kompeten.training.domain.CourseRepository;
import id.kompeten.training.domain.CourseSessionRepository;
import id.kompeten.training.domain.SessionPlan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local run's demo catalogue: loaded through the services, complete, valid, and loaded only once. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class DemoCatalogueLoaderTest {

    /** The earlier runs, already held: Sibolga's SIAK and public communication, Mulyorejo's excellent service. */
    private static final List<String> HELD = List.of("SIAK-01-SBG-00", "KP-01-SBG-00", "PP-01-MLY-00");
    private static final List<String> COURSES = List.of("PP-01", "KP-01", "MW-01", "PM-01", "SIAK-01", "TKB-01",
            "SMPE-01");

    @Inject
    DemoCatalogueLoader loader;

    @Inject
    CourseRepository courses;

    @Inject
    CourseSessionRepository sessions;

    /** What the first load of this test JVM created (the tests share one database). */
    private static DemoLoadResult first;

    @BeforeEach
    void loadOnce() {
        if (first == null) {
            first = loader.load(LocalDate.now());
        }
    }

    @Test
    void loadsTheWholeDemoOnceAndNothingOnTheNextStart() {
        LocalDate today = LocalDate.now();
        assertEquals(7, first.competencies());
        assertEquals(3, first.providers());
        assertEquals(COURSES.size(), first.courses());
        assertEquals(COURSES.size() * 2 + HELD.size() + 1, first.sessions(),
                "every upcoming demo session runs in both seed places, plus the earlier runs");
        assertEquals(first.competencies() + first.providers() + first.courses() + first.sessions(), first.added());

        DemoLoadResult second = loader.load(today);
        assertEquals(0, second.added(), "a second start adds nothing");

        for (String code : COURSES) {
            Course course = QuarkusTransaction.requiringNew().call(() -> courses.findByCode(code).orElseThrow());
            assertTrue(course.isPublished(), code + " is published");
            List<OutboxEvent> events = catalogEventsInOutbox(course.id());
            assertEquals(List.of("CoursePublished"), events.stream().map(OutboxEvent::type).toList(),
                    code + ": one event, when published");
        }
    }

    @Test
    void earlierRunsAreHeldAndCompletedSoEnrollmentCanRecordTheirResults() {
        LocalDate today = LocalDate.now();
        for (String code : HELD) {
            SessionStatus status = QuarkusTransaction.requiringNew().call(
                    () -> sessions.findByCode(code).orElseThrow().status());
            SessionPlan plan = QuarkusTransaction.requiringNew().call(() -> sessions.findByCode(code).orElseThrow().plan());
            assertEquals(SessionStatus.COMPLETED, status, code);
            assertTrue(plan.endDate().isBefore(today), code + " is over");
            assertTrue(plan.enrollmentOpensOn().isBefore(plan.enrollmentClosesOn()), code);
            assertTrue(plan.enrollmentClosesOn().isBefore(plan.startDate()), code);
        }
        SessionStatus cancelled = QuarkusTransaction.requiringNew().call(
                () -> sessions.findByCode("PM-01-MLY-00").orElseThrow().status());
        assertEquals(SessionStatus.CANCELLED, cancelled, "the cancelled run, whose enrollments enrollment cancels");
        assertEquals(0, loader.load(today).added(), "a second start walks no session through its life again");
    }

    @Test
    void sessionsRunOnWeekdaysInBothCitiesWithEnrollmentOpenFromToday() {
        LocalDate today = LocalDate.now();
        for (String region : List.of("SBG", "MLY")) {
            for (String course : COURSES) {
                String code = course + "-" + region + "-01";
                SessionPlan plan = QuarkusTransaction.requiringNew().call(
                        () -> sessions.findByCode(code).orElseThrow().plan());
                assertTrue(plan.startDate().isAfter(today), code + " starts in the future");
                assertEquals(DayOfWeek.MONDAY, plan.startDate().getDayOfWeek());
                assertTrue(plan.enrollmentClosesOn().isBefore(plan.startDate()));
                assertTrue(!plan.enrollmentOpensOn().isAfter(today), code + " takes enrollments now");
                plan.schedule().forEach(day -> assertTrue(day.date().getDayOfWeek().getValue() <= 5,
                        code + " has a weekend day " + day.date()));
            }
        }

        // Public readers see the open ones; the seminar stays a draft until the manager opens it.
        List<Map<String, Object>> surabaya = given()
                .queryParams(Map.of("region", "35.78", "from", today.toString(), "size", "200"))
                .get("/api/v1/sessions").then().statusCode(200).extract().jsonPath().getList("items");
        List<String> demoCodes = surabaya.stream().map(item -> (String) item.get("code"))
                .filter(code -> code.endsWith("-MLY-01")).sorted().toList();
        assertEquals(List.of("KP-01-MLY-01", "MW-01-MLY-01", "PM-01-MLY-01", "PP-01-MLY-01", "SIAK-01-MLY-01",
                "TKB-01-MLY-01"), demoCodes);
    }
}
