package id.kompeten.systemtest;

import static id.kompeten.systemtest.SystemStack.TRAINING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fresh sessions for tests that need seats of their own: a copy of an open demo session (its course, region, place
 * and day plan, whose JP add up to its course's) moved to another start, created and opened through training's API by
 * the catalogue manager, as an agency would run the course again.
 */
final class DemoSessionCopies {

    private final SystemStack stack;
    private final Map<String, Object> template;

    /** Reads the template as the catalogue manager: only they see the online link a course may need. */
    DemoSessionCopies(SystemStack stack) {
        this.stack = stack;
        List<Map<String, Object>> open = catalogue().queryParam("status", "OPEN").queryParam("size", 100)
                .get("/api/v1/sessions").then().statusCode(200).extract().path("items");
        assertFalse(open.isEmpty(), "an OPEN demo session to copy");
        this.template = open.get(0);
    }

    /** A session made and opened: its id and its days (moved with it). */
    record Copy(String id, List<LocalDate> days) {
    }

    String courseId() {
        return (String) ((Map<?, ?>) template.get("course")).get("id");
    }

    /** Days from the template's first to its last, both counted. */
    long span() {
        return LocalDate.parse((String) template.get("endDate")).toEpochDay()
                - LocalDate.parse((String) template.get("startDate")).toEpochDay() + 1;
    }

    /**
     * A copy with this code and capacity whose first day is {@code start}, taking enrollments from {@code opensOn}
     * until the day before it starts.
     */
    @SuppressWarnings("unchecked")
    Copy create(String code, LocalDate start, int capacity, LocalDate opensOn) {
        long shift = start.toEpochDay() - LocalDate.parse((String) template.get("startDate")).toEpochDay();
        List<Map<String, Object>> schedule = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (Object day : (List<?>) template.get("schedule")) {
            Map<String, Object> moved = new LinkedHashMap<>((Map<String, Object>) day);
            LocalDate date = LocalDate.parse((String) moved.get("date")).plusDays(shift);
            moved.put("date", date.toString());
            schedule.add(moved);
            days.add(date);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("startDate", start.toString());
        body.put("endDate", LocalDate.parse((String) template.get("endDate")).plusDays(shift).toString());
        body.put("schedule", schedule);
        body.put("region", template.get("region"));
        body.put("location", template.get("location"));
        if (template.get("onlineLink") != null) {
            body.put("onlineLink", template.get("onlineLink"));
        }
        body.put("capacity", capacity);
        body.put("enrollmentOpensOn", opensOn.toString());
        body.put("enrollmentClosesOn", start.minusDays(1).toString());
        Response created = catalogue().contentType(ContentType.JSON).body(body)
                .post("/api/v1/courses/{id}/sessions", courseId());
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.path("id");
        catalogue().header("If-Match", created.header("ETag")).post("/api/v1/sessions/{id}/open", id)
                .then().statusCode(200);
        return new Copy(id, days);
    }

    private RequestSpecification catalogue() {
        return stack.request(TRAINING).header("Authorization", DevTokens.bearer(DevPersonas.CATALOG_MANAGER));
    }
}
