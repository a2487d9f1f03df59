package id.kompeten.enrollment.completion;

import static id.kompeten.enrollment.CompletionTestSupport.day;
import static id.kompeten.enrollment.CompletionTestSupport.events;
import static id.kompeten.enrollment.CompletionTestSupport.presentOn;
import static id.kompeten.enrollment.CompletionTestSupport.score;
import static id.kompeten.enrollment.CompletionTestSupport.sessions;
import static id.kompeten.enrollment.ParticipantTestSupport.ZONE;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.enrollment.AttendanceRecorded;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.CourseFailed;
import id.kompeten.enrollment.CompletionTestSupport;
import id.kompeten.enrollment.CompletionTestSupport.Run;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The session's results and close, end to end through HTTP, the database and the topic. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CompletionFlowTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CompletionTestSupport fixtures;

    @Test
    void closeDecidesEveryConfirmedParticipantByTheCoursesRulesAndPublishesEachDecisionOnce() throws Exception {
        LocalDate yesterday = LocalDate.now(ZONE).minusDays(1);
        Run run = fixtures.session(5, yesterday, null, null);
        String unit = newUnit();
        String supervisor = id.kompeten.enrollment.ParticipantTestSupport.newNip();
        Enrollment all = fixtures.confirmed(run, unit, supervisor);       // 5/5, POST 82 → COMPLETED
        Enrollment boundary = fixtures.confirmed(run, unit, null);        // 4/5 = 80 %, POST 70 → COMPLETED
        Enrollment absent = fixtures.confirmed(run, unit, null);          // 3/5, POST 90 → attendance
        Enrollment noPost = fixtures.confirmed(run, unit, null);          // 5/5, no POST → missing
        Enrollment low = fixtures.confirmed(run, unit, null);             // 2/5 (+ 1 excused), POST 69 → both
        List<Map<String, Object>> attendance = new ArrayList<>();
        attendance.addAll(presentOn(all.nip(), run.days(), 5));
        attendance.addAll(presentOn(boundary.nip(), run.days(), 4));
        attendance.addAll(presentOn(absent.nip(), run.days(), 3));
        attendance.addAll(presentOn(noPost.nip(), run.days(), 5));
        attendance.addAll(presentOn(low.nip(), run.days(), 2));
        attendance.set(attendance.size() - 1, day(low.nip(), run.days().get(4), "EXCUSED"));
        as(admin()).body(Map.of("entries", attendance)).put(sessions(run) + "/attendance").then().statusCode(200)
                .body("participants", hasSize(5))
                .body("closedAt", nullValue());
        as(admin()).body(Map.of("entries", List.of(score(all.nip(), "PRE", 55), score(all.nip(), "POST", 82),
                score(boundary.nip(), "POST", 70), score(absent.nip(), "POST", 90), score(noPost.nip(), "PRE", 60),
                score(low.nip(), "POST", 69)))).put(sessions(run) + "/assessments").then().statusCode(200);

        JsonPath closed = as(admin()).post(sessions(run) + "/close").then().statusCode(200)
                .body("closedNow", equalTo(true))
                .body("completed", equalTo(2))
                .body("failed", equalTo(3))
                .body("decisions", hasSize(5))
                .extract().jsonPath();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        Map<String, String> certificates = new LinkedHashMap<>();
        for (Map<String, Object> decision : closed.<Map<String, Object>>getList("decisions")) {
            reasons.put((String) decision.get("enrollmentId"), (List<String>) decision.get("reasons"));
            certificates.put((String) decision.get("enrollmentId"), (String) decision.get("certificateNumber"));
        }
        assertEquals(List.of(), reasons.get(all.id()));
        assertEquals(List.of(), reasons.get(boundary.id()));
        assertEquals(List.of("ATTENDANCE_BELOW_MINIMUM"), reasons.get(absent.id()));
        assertEquals(List.of("POST_TEST_MISSING"), reasons.get(noPost.id()));
        assertEquals(List.of("ATTENDANCE_BELOW_MINIMUM", "POST_TEST_BELOW_PASS_SCORE"), reasons.get(low.id()));
        assertTrue(certificates.get(all.id()).matches("KMP-\\d{4}(-[0-9A-Z]{4}){4}"));
        assertFalse(certificates.get(all.id()).equals(certificates.get(boundary.id())));
        assertEquals(null, certificates.get(absent.id()));
        assertEquals(EnrollmentStatus.COMPLETED, fixtures.status(all.id()));
        assertEquals(EnrollmentStatus.FAILED, fixtures.status(low.id()));

        // A retry answers the same and changes nothing.
        as(admin()).post(sessions(run) + "/close").then().statusCode(200)
                .body("closedNow", equalTo(false))
                .body("completed", equalTo(2))
                .body("failed", equalTo(3))
                .body("decisions.find { it.enrollmentId == '" + all.id() + "' }.certificateNumber",
                        equalTo(certificates.get(all.id())));

        Set<String> ids = Set.of(all.id(), boundary.id(), absent.id(), noPost.id(), low.id());
        await().atMost(Duration.ofSeconds(20)).until(() -> events(CourseCompleted.class, ids).size() == 2
                && events(CourseFailed.class, ids).size() == 3);
        ConsumerRecord<String, String> completed = events(CourseCompleted.class, Set.of(all.id())).get(0);
        JsonNode event = JSON.readTree(completed.value());
        assertSameFields(JSON.readTree(EventSamples.json(CourseCompleted.class)), event);
        assertEquals(all.id(), completed.key());
        assertEquals(all.nip(), event.get("nip").asText());
        assertEquals(unit, event.get("unitCode").asText());
        assertEquals(supervisor, event.get("supervisorNip").asText());
        assertEquals("PENGADMINISTRASI-LAYANAN", event.get("positionCode").asText());
        assertEquals(run.courseId(), event.get("courseId").asText());
        assertEquals(run.sessionId(), event.get("sessionId").asText());
        assertEquals("Komunikasi Publik", event.get("courseTitle").asText());
        assertEquals("Universitas Sumatera Utara", event.get("providerName").asText());
        assertEquals("KOMUNIKASI-PUBLIK", event.get("competencies").get(0).get("code").asText());
        assertEquals(3, event.get("competencies").get(0).get("level").asInt());
        assertEquals(40, event.get("jp").asInt());
        assertEquals(55, event.get("preScore").asInt());
        assertEquals(82, event.get("postScore").asInt());
        assertEquals(100.0, event.get("attendancePercent").asDouble());
        assertEquals(yesterday.toString(), event.get("sessionEndDate").asText());
        assertEquals(certificates.get(all.id()), event.get("certificateNumber").asText());
        assertFalse(event.get("manual").asBoolean());
        JsonNode failed = JSON.readTree(events(CourseFailed.class, Set.of(low.id())).get(0).value());
        assertSameFields(JSON.readTree(EventSamples.json(CourseFailed.class)), failed);
        assertEquals(40.0, failed.get("attendancePercent").asDouble());
        assertEquals("POST_TEST_BELOW_PASS_SCORE", failed.get("shortfalls").get(1).asText());

        // Attendance and scores are final now.
        as(admin()).body(Map.of("entries", List.of(day(absent.nip(), run.days().get(4), "PRESENT"))))
                .put(sessions(run) + "/attendance").then().statusCode(409)
                .contentType("application/problem+json");
        as(admin()).body(Map.of("entries", List.of(score(low.nip(), "POST", 100))))
                .put(sessions(run) + "/assessments").then().statusCode(409);
        // Nothing more was published, however often it was retried.
        as(admin()).post(sessions(run) + "/close").then().statusCode(200).body("closedNow", equalTo(false));
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertEquals(2, events(CourseCompleted.class, ids).size());
        assertEquals(3, events(CourseFailed.class, ids).size());

        // The certificate is public, shows no full NIP and no contact data, and reads in any letter case.
        String number = certificates.get(all.id());
        given().get("/api/v1/certificates/" + number.toLowerCase()).then().statusCode(200)
                .body("number", equalTo(number))
                .body("participantName", equalTo("Budi Santoso Hutagalung"))
                .body("maskedNip", equalTo("***************" + all.nip().substring(15)))
                .body("courseTitle", equalTo("Komunikasi Publik"))
                .body("providerName", equalTo("Universitas Sumatera Utara"))
                .body("sessionStartDate", equalTo(run.days().get(0).toString()))
                .body("sessionEndDate", equalTo(yesterday.toString()))
                .body("jp", equalTo(40))
                .body("valid", equalTo(true))
                .body(not(matchesPattern("(?s).*(" + all.nip() + "|@).*")));
    }

    @Test
    void certificateNumbersThatNoCompletionIssuedAreNotFound() {
        given().get("/api/v1/certificates/KMP-2027-7H3K-Q9XD-2M4T-V8RB").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/certificates/not-a-number").then().statusCode(404);
        given().header("Accept-Language", "id").get("/api/v1/certificates/KMP-1").then().statusCode(404)
                .body("detail", matchesPattern(".*Sertifikat.*"));
    }

    @Test
    void attendanceIsCorrectableAndEachChangedRecordIsPublishedWhole() throws Exception {
        Run run = fixtures.session(3, LocalDate.now(ZONE).plusDays(1), null, null);
        Enrollment one = fixtures.confirmed(run, newUnit(), null);
        Enrollment two = fixtures.confirmed(run, newUnit(), null);
        as(admin()).body(Map.of("entries", List.of(day(one.nip(), run.days().get(0), "ABSENT"),
                day(two.nip(), run.days().get(0), "PRESENT")))).put(sessions(run) + "/attendance")
                .then().statusCode(200);
        // A correction of one, the other unchanged: one event, with the whole record.
        as(admin()).body(Map.of("entries", List.of(day(one.nip(), run.days().get(0), "PRESENT"),
                day(one.nip(), run.days().get(1), "EXCUSED"), day(two.nip(), run.days().get(0), "PRESENT"))))
                .put(sessions(run) + "/attendance").then().statusCode(200)
                .body("participants.find { it.nip == '" + one.nip() + "' }.daysPresent", equalTo(1))
                .body("participants.find { it.nip == '" + one.nip() + "' }.days", hasSize(2));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> events(AttendanceRecorded.class, Set.of(one.id())).size() == 2);
        assertEquals(1, events(AttendanceRecorded.class, Set.of(two.id())).size());
        JsonNode last = JSON.readTree(events(AttendanceRecorded.class, Set.of(one.id())).get(1).value());
        assertSameFields(JSON.readTree(EventSamples.json(AttendanceRecorded.class)), last);
        assertEquals(3, last.get("sessionDays").asInt());
        assertEquals(1, last.get("daysPresent").asInt());
        assertEquals("PRESENT", last.get("days").get(0).get("status").asText());
        assertEquals("EXCUSED", last.get("days").get(1).get("status").asText());
    }

    /** The event has exactly the sample's fields (values differ). */
    static void assertSameFields(JsonNode sample, JsonNode event) {
        List<String> expected = new ArrayList<>();
        sample.fieldNames().forEachRemaining(expected::add);
        List<String> actual = new ArrayList<>();
        for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
            actual.add(names.next());
        }
        assertEquals(expected, actual);
    }
}
