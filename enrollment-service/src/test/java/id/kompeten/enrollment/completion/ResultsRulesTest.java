package id.kompeten.enrollment.completion;

import static id.kompeten.enrollment.ParticipantTestSupport.ZONE;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.registerIn;
import static id.kompeten.enrollment.ParticipantTestSupport.supervisor;
import static id.kompeten.enrollment.ParticipantTestSupport.unitAdmin;
import static id.kompeten.enrollment.CompletionTestSupport.day;
import static id.kompeten.enrollment.CompletionTestSupport.score;
import static id.kompeten.enrollment.CompletionTestSupport.sessions;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.enrollment.CompletionTestSupport;
import id.kompeten.enrollment.CompletionTestSupport.Run;
import id.kompeten.enrollment.ParticipantTestSupport;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevPersonas;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every bad input of the results, the close and the admin decisions, and who may do what. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ResultsRulesTest {

    @Inject
    CompletionTestSupport fixtures;

    @Test
    void scoresOutOfRangeOrNotWholeAreRefusedAndNothingIsWritten() {
        Run run = fixtures.session(2, LocalDate.now(ZONE), null, null);
        Enrollment one = fixtures.confirmed(run, newUnit(), null);
        as(admin()).body(Map.of("entries", List.of(score(one.nip(), "POST", 101), score(one.nip(), "PRE", -1),
                score(one.nip(), "POST", 70.5)))).put(sessions(run) + "/assessments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("entries[0].score"))
                .body("errors.field", hasItem("entries[1].score"))
                .body("errors.field", hasItem("entries[2].score"));
        as(admin()).body(Map.of("entries", List.of(score(one.nip(), "MID", 50))))
                .put(sessions(run) + "/assessments").then().statusCode(400);
        as(admin()).body(Map.of("entries", List.of(score(one.nip(), "POST", 80), score(one.nip(), "POST", 90))))
                .put(sessions(run) + "/assessments").then().statusCode(400)
                .body("errors.field", hasItem("entries[1]"));
        as(admin()).get(sessions(run) + "/results").then().statusCode(200)
                .body("participants[0].postScore", equalTo(null));
        as(admin()).body(Map.of("entries", List.of(score(one.nip(), "POST", 0), score(one.nip(), "PRE", 100))))
                .put(sessions(run) + "/assessments").then().statusCode(200)
                .body("participants[0].postScore", equalTo(0))
                .body("participants[0].preScore", equalTo(100));
    }

    @Test
    void attendanceOnlyForConfirmedPeopleOnTheSessionsDaysWithEveryFaultNamedInBothLanguages() {
        Run run = fixtures.session(3, LocalDate.now(ZONE), null, null);
        String unit = newUnit();
        Enrollment confirmed = fixtures.confirmed(run, unit, null);
        Enrollment waitlisted = fixtures.enroll(run, registerIn(unit, null), EnrollmentStatus.WAITLISTED);
        String stranger = registerIn(unit, null);
        LocalDate before = run.days().get(0).minusDays(1);
        List<Map<String, Object>> entries = List.of(day(confirmed.nip(), run.days().get(0), "PRESENT"),
                day(waitlisted.nip(), run.days().get(0), "PRESENT"), day(stranger, run.days().get(0), "PRESENT"),
                day(confirmed.nip(), before, "PRESENT"), day(confirmed.nip(), run.days().get(0), "ABSENT"));
        as(admin()).body(Map.of("entries", entries)).put(sessions(run) + "/attendance").then().statusCode(400)
                .body("errors", hasSize(4))
                .body("errors.find { it.field == 'entries[1].nip' }.message", containsString("no confirmed"))
                .body("errors.find { it.field == 'entries[2].nip' }.message", containsString("no confirmed"))
                .body("errors.find { it.field == 'entries[3].date' }.message", containsString("not a day"))
                .body("errors.find { it.field == 'entries[4]' }.message", containsString("repeats entry 0"));
        as(admin()).header("Accept-Language", "id").body(Map.of("entries", entries))
                .put(sessions(run) + "/attendance").then().statusCode(400)
                .body("errors.find { it.field == 'entries[1].nip' }.message",
                        containsString("tidak memiliki pendaftaran"))
                .body("errors.find { it.field == 'entries[3].date' }.message", containsString("bukan hari"));
        as(admin()).get(sessions(run) + "/results").then().statusCode(200)
                .body("participants", hasSize(1))
                .body("participants[0].days", hasSize(0));
        as(admin()).body(Map.of("entries", List.of(Map.of("nip", confirmed.nip(), "date", "2027-02-30",
                "status", "PRESENT")))).put(sessions(run) + "/attendance").then().statusCode(400);
        as(admin()).body(Map.of("entries", List.of(day(confirmed.nip(), run.days().get(0), "LATE"))))
                .put(sessions(run) + "/attendance").then().statusCode(400);
        as(admin()).body(Map.of("entries", List.of())).put(sessions(run) + "/attendance").then().statusCode(400)
                .body("errors.field", hasItem("entries"));
        // The printed grouping of a NIP is accepted.
        String nip = confirmed.nip();
        String printed = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " "
                + nip.substring(15);
        as(admin()).body(Map.of("entries", List.of(day(printed, run.days().get(0), "PRESENT"))))
                .put(sessions(run) + "/attendance").then().statusCode(200)
                .body("participants[0].daysPresent", equalTo(1));
    }

    @Test
    void unknownSessionsAreNotFoundAndASessionIsClosedOnlyFromItsLastDayAndNeverWhenCancelled() {
        String unknown = UUID.randomUUID().toString();
        as(admin()).post("/api/v1/sessions/" + unknown + "/close").then().statusCode(404)
                .contentType("application/problem+json");
        as(admin()).body(Map.of("entries", List.of(score(DevPersonas.SAMPLE_NIP, "PRE", 50))))
                .put("/api/v1/sessions/" + unknown + "/assessments").then().statusCode(404);
        Run running = fixtures.session(2, LocalDate.now(ZONE).plusDays(1), null, null);
        as(admin()).post(sessions(running) + "/close").then().statusCode(409)
                .body("detail", containsString(running.days().get(1).toString()));
        as(admin()).header("Accept-Language", "id").post(sessions(running) + "/close").then().statusCode(409)
                .body("detail", containsString("hari terakhirnya"));
        Run cancelled = fixtures.session(2, LocalDate.now(ZONE).minusDays(3), null, null, "CANCELLED");
        as(admin()).post(sessions(cancelled) + "/close").then().statusCode(409)
                .body("detail", containsString("cancelled"));
        // On its last day it may be closed.
        Run today = fixtures.session(1, LocalDate.now(ZONE), null, null);
        as(admin()).post(sessions(today) + "/close").then().statusCode(200).body("closedNow", equalTo(true));
    }

    @Test
    void onlyAdminsAndCatalogManagersRecordAndCloseAndReadersSeeTheirOwnRows() {
        Run run = fixtures.session(2, LocalDate.now(ZONE), null, null);
        String unit = newUnit();
        String boss = ParticipantTestSupport.newNip();
        Enrollment mine = fixtures.confirmed(run, unit, boss);
        Enrollment other = fixtures.confirmed(run, newUnit(), null);
        Map<String, Object> body = Map.of("entries", List.of(day(mine.nip(), run.days().get(0), "PRESENT")));
        given().contentType("application/json").body(body).put(sessions(run) + "/attendance").then().statusCode(401);
        as(participant(mine.nip(), unit)).body(body).put(sessions(run) + "/attendance").then().statusCode(403);
        as(unitAdmin(unit)).body(body).put(sessions(run) + "/attendance").then().statusCode(403);
        as(unitAdmin(unit)).post(sessions(run) + "/close").then().statusCode(403);
        as(supervisor(boss, unit)).post(sessions(run) + "/close").then().statusCode(403);
        as(DevPersonas.CATALOG_MANAGER).body(body).put(sessions(run) + "/attendance").then().statusCode(200)
                .body("participants", hasSize(2));
        as(unitAdmin(unit)).get(sessions(run) + "/results").then().statusCode(200)
                .body("participants", hasSize(1)).body("participants[0].nip", equalTo(mine.nip()));
        as(supervisor(boss, unit)).get(sessions(run) + "/results").then().statusCode(200)
                .body("participants.nip", equalTo(List.of(mine.nip())));
        as(participant(other.nip(), "X")).get(sessions(run) + "/results").then().statusCode(200)
                .body("participants.nip", equalTo(List.of(other.nip())));
        as(DevPersonas.CATALOG_MANAGER).post(sessions(run) + "/close").then().statusCode(200);
        // Admin decisions are ADMIN's alone.
        as(DevPersonas.CATALOG_MANAGER).header("If-Match", "\"0\"").body(Map.of("reason", "x"))
                .post("/api/v1/enrollments/" + mine.id() + "/complete").then().statusCode(403);
    }

    @Test
    void anAdminDecidesOneConfirmedEnrollmentOnceWithAReasonAndTheCloseLeavesItAlone() {
        Run run = fixtures.session(2, LocalDate.now(ZONE).minusDays(1), null, null);
        Enrollment makeUp = fixtures.confirmed(run, newUnit(), null);
        Enrollment dropped = fixtures.confirmed(run, newUnit(), null);
        String complete = "/api/v1/enrollments/" + makeUp.id() + "/complete";
        Map<String, String> reason = Map.of("reason", "Attended the make-up day and passed the repeated post-test");
        as(admin()).body(reason).post(complete).then().statusCode(428);
        as(admin()).header("If-Match", "\"99\"").body(reason).post(complete).then().statusCode(412);
        String etag = "\"" + fixtures.version(makeUp.id()) + "\"";
        as(admin()).header("If-Match", etag).body(Map.of("reason", " ")).post(complete).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(admin()).header("If-Match", etag).body(Map.of()).post(complete).then().statusCode(400);
        as(admin()).header("If-Match", etag).body(reason).post(complete).then().statusCode(200)
                .body("outcome", equalTo("COMPLETED"))
                .body("certificateNumber", notNullValue())
                .body("attendancePercent", equalTo(0.0f))
                .header("ETag", notNullValue());
        assertEquals(EnrollmentStatus.COMPLETED, fixtures.status(makeUp.id()));
        String fresh = "\"" + fixtures.version(makeUp.id()) + "\"";
        as(admin()).header("If-Match", fresh).body(reason).post(complete).then().statusCode(409);
        as(admin()).header("If-Match", fresh).body(reason).post("/api/v1/enrollments/" + makeUp.id() + "/fail")
                .then().statusCode(409);
        as(admin()).header("If-Match", "\"" + fixtures.version(dropped.id()) + "\"")
                .body(Map.of("reason", "Left the agency during the course"))
                .post("/api/v1/enrollments/" + dropped.id() + "/fail").then().statusCode(200)
                .body("outcome", equalTo("FAILED")).body("certificateNumber", equalTo(null));
        as(admin()).header("If-Match", "\"0\"").body(reason)
                .post("/api/v1/enrollments/" + UUID.randomUUID() + "/complete").then().statusCode(404);
        // The close finds nobody left to decide.
        as(admin()).post(sessions(run) + "/close").then().statusCode(200)
                .body("completed", equalTo(0)).body("failed", equalTo(0)).body("decisions", hasSize(0));
    }
}
