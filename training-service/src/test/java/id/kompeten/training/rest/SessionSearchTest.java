package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.scheduleSession;
import static id.kompeten.training.TrainingTestSupport.seatsChanged;
import static id.kompeten.training.TrainingTestSupport.sessionAction;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.service.SessionService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's session search. Eight sessions of two courses made for this test, in two regions over five months of
 * a year no other test uses, so every search here is narrowed to that year or to these courses.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class SessionSearchTest {

    private static final String SESSIONS = "/api/v1/sessions";
    private static final String SIBOLGA = "12.73";
    private static final String MEDAN = "12.71";

    /** Built once for the class: sessions A1-A4 of course A (24 JP, classroom), B1-B4 of course B (8 JP, online). */
    private static Fixture fixture;

    @Inject
    SessionService service;

    private record Fixture(int year, String courseA, String courseB, String competency, Map<String, String> ids) {

        String name(String id) {
            return ids.entrySet().stream().filter(entry -> entry.getValue().equals(id)).map(Map.Entry::getKey)
                    .findFirst().orElse("other:" + id);
        }

        LocalDate date(int month, int day) {
            return LocalDate.of(year, month, day);
        }
    }

    @BeforeEach
    void seedOnce() {
        if (fixture == null) {
            fixture = seed();
        }
    }

    private Fixture seed() {
        int year = ThreadLocalRandom.current().nextInt(3000, 9000);
        String courseA = createPublishedCourse(24, "CLASSROOM");
        String courseB = createPublishedCourse(8, "ONLINE");
        // Each course develops a competency of its own.
        String competency = as(Roles.CATALOG_MANAGER).get("/api/v1/courses/" + courseA)
                .then().statusCode(200).extract().jsonPath().getString("competencies[0].code");

        String prefix = uniqueCode("SRCH");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("A1", schedule(courseA, prefix + "-A1", LocalDate.of(year, 1, 10), 24, "CLASSROOM", SIBOLGA, 30));
        ids.put("A2", schedule(courseA, prefix + "-A2", LocalDate.of(year, 2, 1), 24, "CLASSROOM", MEDAN, 20));
        ids.put("A3", schedule(courseA, prefix + "-A3", LocalDate.of(year, 3, 30), 24, "CLASSROOM", SIBOLGA, 40));
        ids.put("A4", schedule(courseA, prefix + "-A4", LocalDate.of(year, 4, 10), 24, "CLASSROOM", MEDAN, 25));
        ids.put("B1", schedule(courseB, prefix + "-B1", LocalDate.of(year, 1, 31), 8, "ONLINE", MEDAN, 30));
        ids.put("B2", schedule(courseB, prefix + "-B2", LocalDate.of(year, 2, 15), 8, "ONLINE", SIBOLGA, 15));
        ids.put("B3", schedule(courseB, prefix + "-B3", LocalDate.of(year, 3, 1), 8, "ONLINE", SIBOLGA, 10));
        ids.put("B4", schedule(courseB, prefix + "-B4", LocalDate.of(year, 5, 20), 8, "ONLINE", MEDAN, 50));

        sessionAction(ids.get("A1"), "open");
        sessionAction(ids.get("A2"), "open");
        service.takeSeatCount(seatsChanged(ids.get("A2"), 20, 20, 1)); // FULL
        sessionAction(ids.get("A4"), "cancel");
        sessionAction(ids.get("B1"), "open");
        service.takeSeatCount(seatsChanged(ids.get("B1"), 29, 30, 1)); // one seat left
        for (String action : List.of("open", "start")) {
            sessionAction(ids.get("B2"), action);
        }
        for (String action : List.of("open", "start", "complete")) {
            sessionAction(ids.get("B3"), action);
        }
        // A3 and B4 stay DRAFT.
        return new Fixture(year, courseA, courseB, competency, ids);
    }

    private static String schedule(String courseId, String code, LocalDate start, int jp, String mode, String region,
            int capacity) {
        Map<String, Object> body = sessionBody(code, start, jp, mode);
        body.put("region", Map.of("code", region, "name", SIBOLGA.equals(region) ? "Kota Sibolga" : "Kota Medan"));
        body.put("capacity", capacity);
        return scheduleSession(courseId, body);
    }

    @Test
    void datesSelectSessionsOverlappingTheRange() {
        // Boundaries count: A1 ends on the 12th, B1 starts on the 31st.
        assertEquals(List.of("A1", "B1"), manager(Map.of("from", date(1, 12), "to", date(1, 31))));
        assertEquals(List.of(), manager(Map.of("from", date(1, 13), "to", date(1, 30))));
        // A range inside a session finds it.
        assertEquals(List.of("A2"), manager(Map.of("from", date(2, 2), "to", date(2, 2))));
        assertEquals(List.of("A3", "A4", "B4"), manager(Map.of("from", date(4, 1), "to", date(12, 31))));
        // One end only.
        assertEquals(List.of("A1"), manager(Map.of("course", fixture.courseA(), "to", date(1, 31))));
        assertEquals(List.of("B3", "B4"), manager(Map.of("course", fixture.courseB(), "from", date(3, 1))));
    }

    @Test
    void regionSelectsItsSessions() {
        assertEquals(List.of("B1", "A2", "A4", "B4"), manager(year(Map.of("region", MEDAN))));
        assertEquals(List.of("A1", "B2", "B3", "A3"), manager(year(Map.of("region", SIBOLGA))));
        assertEquals(List.of(), manager(year(Map.of("region", "99.99"))));
    }

    @Test
    void statusSelectsAnyOfTheGivenStatuses() {
        assertEquals(List.of("A1", "B1", "A2"), search(as(Roles.CATALOG_MANAGER).queryParam("status", "OPEN", "FULL"),
                year(Map.of())));
        assertEquals(List.of("B2", "B3"), manager(year(Map.of("status", "RUNNING,COMPLETED"))));
        assertEquals(List.of("A4"), anonymous(year(Map.of("status", "CANCELLED"))));
    }

    @Test
    void competencySelectsSessionsOfCoursesDevelopingIt() {
        assertEquals(List.of("A1", "A2", "A3", "A4"), manager(year(Map.of("competency", fixture.competency()))));
        assertEquals(List.of("A1", "A2", "A4"), anonymous(year(Map.of("competency", fixture.competency()))));
        assertEquals(List.of(), manager(year(Map.of("competency", uniqueCode("NONE")))));
    }

    @Test
    void hasSeatsSelectsOpenSessionsWithAFreeSeat() {
        assertEquals(List.of("A1", "B1"), anonymous(year(Map.of("hasSeats", "true"))));
        assertEquals(List.of("A2", "B2", "B3", "A4"), anonymous(year(Map.of("hasSeats", "false"))));
        assertEquals(List.of("A2", "B2", "B3", "A3", "A4", "B4"), manager(year(Map.of("hasSeats", "false"))));
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of("A1"), manager(year(Map.of("region", SIBOLGA, "competency", fixture.competency(),
                "status", "OPEN"))));
        assertEquals(List.of("B1"), anonymous(Map.of("from", date(1, 1), "to", date(2, 28), "region", MEDAN,
                "hasSeats", "true")));
        assertEquals(List.of("B2"), anonymous(Map.of("course", fixture.courseB(), "status", "RUNNING")));
        assertEquals(List.of("A2", "A4"), anonymous(Map.of("course", fixture.courseA(), "region", MEDAN)));
        assertEquals(List.of(), anonymous(Map.of("course", fixture.courseB(), "competency", fixture.competency())));
    }

    @Test
    void draftsAreForTheCatalogueTeamOnly() {
        assertEquals(List.of("A1", "B1", "A2", "B2", "B3", "A4"), anonymous(year(Map.of())));
        assertEquals(List.of("A1", "B1", "A2", "B2", "B3", "A4"), search(as(Roles.PARTICIPANT), year(Map.of())));
        assertEquals(List.of("A1", "B1", "A2", "B2", "B3", "A3", "A4", "B4"), search(as(Roles.ADMIN), year(Map.of())));
        assertEquals(List.of("A3", "B4"), manager(year(Map.of("status", "DRAFT"))));

        given().queryParams(year(Map.of("status", "DRAFT"))).get(SESSIONS)
                .then().statusCode(401).contentType("application/problem+json");
        as(Roles.PARTICIPANT).queryParams(year(Map.of("status", "OPEN,DRAFT"))).get(SESSIONS)
                .then().statusCode(403).contentType("application/problem+json");
        as(Roles.INTEGRATION).queryParams(year(Map.of("status", "DRAFT"))).get(SESSIONS).then().statusCode(403);
    }

    @Test
    void pagesAreDisjointAndCountTheWholeResult() {
        List<String> all = manager(year(Map.of()));
        assertEquals(8, all.size());
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath result = as(Roles.CATALOG_MANAGER).queryParams(year(Map.of())).queryParam("page", page)
                    .queryParam("size", 3).get(SESSIONS).then().statusCode(200).extract().jsonPath();
            assertEquals(8, result.getInt("total"));
            assertEquals(page, result.getInt("page"));
            assertEquals(3, result.getInt("size"));
            assertEquals(page < 2 ? 3 : 2, result.getList("items").size());
            result.getList("items.id", String.class).forEach(id -> paged.add(fixture.name(id)));
        }
        assertEquals(all, paged, "pages follow each other in order without overlap");
        assertEquals(8, new HashSet<>(paged).size());
        as(Roles.CATALOG_MANAGER).queryParams(year(Map.of())).queryParam("page", 5).queryParam("size", 3).get(SESSIONS)
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(8));
        given().queryParam("size", 201).get(SESSIONS).then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void sortsByStartDateByDefaultOrByTheGivenField() {
        List<String> byStart = List.of("A1", "B1", "A2", "B2", "B3", "A3", "A4", "B4");
        assertEquals(byStart, manager(year(Map.of())));
        List<String> reversed = new ArrayList<>(byStart);
        Collections.reverse(reversed);
        assertEquals(reversed, manager(year(Map.of("sort", "startDate,desc"))));
        assertEquals(List.of("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4"), manager(year(Map.of("sort", "code"))));
        assertEquals(byStart, manager(year(Map.of("sort", "endDate,asc"))));

        JsonPath byCapacity = as(Roles.CATALOG_MANAGER).queryParams(year(Map.of("sort", "capacity,desc"))).get(SESSIONS)
                .then().statusCode(200).extract().jsonPath();
        List<Integer> capacities = byCapacity.getList("items.capacity", Integer.class);
        assertEquals(List.of(50, 40, 30, 30, 25, 20, 15, 10), capacities);

        given().queryParam("sort", "title,asc").get(SESSIONS).then().statusCode(400).body("errors.field", hasItem("sort"));
    }

    @Test
    void itemsNameTheirCourseAndFreeSeats() {
        JsonPath result = given().queryParams(year(Map.of("status", "OPEN,FULL"))).get(SESSIONS)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = result.getList("items");
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        items.forEach(item -> byName.put(fixture.name((String) item.get("id")), item));
        assertEquals(Set.of("A1", "A2", "B1"), byName.keySet());
        assertEquals(30, byName.get("A1").get("seatsAvailable"));
        assertEquals(0, byName.get("A2").get("seatsAvailable"));
        assertEquals("FULL", byName.get("A2").get("status"));
        assertEquals(1, byName.get("B1").get("seatsAvailable"));
        @SuppressWarnings("unchecked")
        Map<String, Object> courseOfA1 = (Map<String, Object>) byName.get("A1").get("course");
        @SuppressWarnings("unchecked")
        Map<String, Object> courseOfB1 = (Map<String, Object>) byName.get("B1").get("course");
        assertEquals(fixture.courseA(), courseOfA1.get("id"));
        assertEquals(fixture.courseB(), courseOfB1.get("id"));
        assertTrue(courseOfA1.get("code") instanceof String code && !code.isBlank());
        assertTrue(courseOfA1.get("title") instanceof String title && !title.isBlank());
        assertTrue(!courseOfA1.get("code").equals(courseOfB1.get("code")));
        assertEquals(byName.get("A1").get("course"), byName.get("A2").get("course"));
    }

    @Test
    void badParametersAre400sNamingThem() {
        assertBadParameter(Map.of("from", "2027-13-01"), "from");
        assertBadParameter(Map.of("to", "tomorrow"), "to");
        assertBadParameter(Map.of("from", "2027-03-01", "to", "2027-02-28"), "to");
        assertBadParameter(Map.of("status", "NOPE"), "status");
        assertBadParameter(Map.of("region", "1273"), "region");
        assertBadParameter(Map.of("hasSeats", "maybe"), "hasSeats");
        given().header("Accept-Language", "id").queryParam("from", "kemarin").get(SESSIONS)
                .then().statusCode(400)
                .body("errors[0].message", equalTo("'kemarin' bukan tanggal; gunakan format YYYY-MM-DD"));
    }

    private static void assertBadParameter(Map<String, Object> parameters, String field) {
        given().queryParams(parameters).get(SESSIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of(field)));
    }

    private static List<String> manager(Map<String, Object> parameters) {
        return search(as(Roles.CATALOG_MANAGER), parameters);
    }

    private static List<String> anonymous(Map<String, Object> parameters) {
        return search(given(), parameters);
    }

    /** The fixture names (A1, B2, ...) of the sessions found, in the order given; all on one page. */
    private static List<String> search(RequestSpecification request, Map<String, Object> parameters) {
        JsonPath result = request.queryParams(parameters).queryParam("size", 200).get(SESSIONS)
                .then().statusCode(200).extract().jsonPath();
        List<String> names = result.getList("items.id", String.class).stream().map(fixture::name).toList();
        assertEquals(names.size(), result.getInt("total"), "one page holds them all");
        return names;
    }

    /** The parameters, narrowed to the fixture's year. */
    private static Map<String, Object> year(Map<String, Object> parameters) {
        Map<String, Object> narrowed = new LinkedHashMap<>(parameters);
        narrowed.put("from", date(1, 1));
        narrowed.put("to", date(12, 31));
        return narrowed;
    }

    private static String date(int month, int day) {
        return fixture.date(month, day).toString();
    }
}
