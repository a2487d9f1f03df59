package id.kompeten.evaluation.kirkpatrick;

import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.BEHAVIOUR;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.JAKARTA;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.as;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.behaviour;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.daysAgo;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.employee;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.id;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.newNip;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.newUnit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.Completion;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.Race;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * L3 with a 30-day wait instead of the default 90 (the setting works): the supervisor's list with its statuses and
 * dates, who may rate, not before the due day, once (also under a race), and exactly the targeted competencies.
 */
@QuarkusTest
@TestProfile(BehaviourTest.ThirtyDays.class)
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "evaluation"))
class BehaviourTest {

    public static class ThirtyDays implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kompeten.evaluation.behaviour.due-after-days", "30");
        }
    }

    final String unit = newUnit();
    final String supervisor = newNip();
    final String participant = newNip();
    final String courseId = id();
    final String sessionId = id();
    final LocalDate today = LocalDate.now(JAKARTA);

    private String ratings() {
        return supervisor + "/behaviour-ratings";
    }

    private Completion completion(String nip, String completionSupervisor, int daysAgo) {
        return new Completion(nip, unit, completionSupervisor, courseId, sessionId).completedAt(daysAgo(daysAgo));
    }

    @Test
    void theSupervisorSeesTheirSubordinatesRatingsPendingDueAndRated() {
        employee(participant, "Rina Marpaung", unit, supervisor, 1);
        String due40 = completion(participant, supervisor, 40).save();
        String dueToday = completion(participant, supervisor, 30).save();
        String dueTomorrow = completion(participant, supervisor, 29).save();
        String rated = completion(participant, supervisor, 50).save();
        // Someone evaluation has not received yet: the completion names their supervisor.
        String unknownPerson = newNip();
        String notInRegister = completion(unknownPerson, supervisor, 35).save();
        // Someone the register now puts under another supervisor: not this supervisor's any more.
        String movedAway = newNip();
        employee(movedAway, "Budi Hutagalung", unit, newNip(), 1);
        completion(movedAway, supervisor, 40).save();

        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(rated, "KOMUNIKASI-PUBLIK", 4, "PELAYANAN-PRIMA", 3))
                .post(BEHAVIOUR).then().statusCode(201);

        String path = "/api/v1/supervisors/" + ratings();
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "due").get(path).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.enrollmentId", contains(due40, notInRegister, dueToday))
                .body("items.status", contains("DUE", "DUE", "DUE"))
                .body("items.dueOn", contains(today.minusDays(10).toString(), today.minusDays(5).toString(),
                        today.toString()))
                .body("items.completedOn", contains(today.minusDays(40).toString(), today.minusDays(35).toString(),
                        today.minusDays(30).toString()))
                .body("items.name", contains("Rina Marpaung", null, "Rina Marpaung"))
                .body("items[0].nip", equalTo(participant))
                .body("items[1].nip", equalTo(unknownPerson))
                .body("items[0].courseId", equalTo(courseId))
                .body("items[0].courseTitle", equalTo("Komunikasi Publik dan Simulasi Presentasi"))
                .body("items[0].competencies.code", contains("KOMUNIKASI-PUBLIK", "PELAYANAN-PRIMA"))
                .body("items[0].competencies.targetLevel", contains(3, 2));
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "PENDING").get(path).then().statusCode(200)
                .body("items.enrollmentId", contains(dueTomorrow))
                .body("items[0].dueOn", equalTo(today.plusDays(1).toString()))
                .body("items[0].ratedAt", nullValue());
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "rated").get(path).then().statusCode(200)
                .body("items.enrollmentId", contains(rated)).body("items[0].status", equalTo("RATED"))
                .body("items[0].ratedAt", notNullValue());
        as(Roles.SUPERVISOR, supervisor, unit).get(path).then().statusCode(200)
                .body("items.enrollmentId", contains(rated, due40, notInRegister, dueToday, dueTomorrow));
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "all").queryParam("size", 2).queryParam("page", 1)
                .get(path).then().statusCode(200).body("total", equalTo(5))
                .body("items.enrollmentId", contains(notInRegister, dueToday));
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "overdue").get(path).then().statusCode(400)
                .body("errors.field", hasItem(containsString("status")));
    }

    @Test
    void someoneWhoLeftLeavesTheToDoListButTheirRatingsStay() {
        String leaver = newNip();
        employee(leaver, "Sari Lubis", unit, supervisor, 1);
        String due = completion(leaver, supervisor, 40).save();
        String pending = completion(leaver, supervisor, 10).save();
        String rated = completion(leaver, supervisor, 50).save();
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(rated, "KOMUNIKASI-PUBLIK", 4, "PELAYANAN-PRIMA", 3))
                .post(BEHAVIOUR).then().statusCode(201);
        String path = "/api/v1/supervisors/" + ratings();
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "due").get(path).then().statusCode(200)
                .body("items.enrollmentId", hasItem(due));

        employee(leaver, "Sari Lubis", unit, supervisor, 2, false);

        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "due").get(path).then().statusCode(200)
                .body("items.enrollmentId", not(hasItem(due)));
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "pending").get(path).then().statusCode(200)
                .body("items.enrollmentId", not(hasItem(pending)));
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("status", "rated").get(path).then().statusCode(200)
                .body("items.enrollmentId", hasItem(rated));
        as(Roles.SUPERVISOR, supervisor, unit).get(path).then().statusCode(200)
                .body("items.enrollmentId", hasItem(rated))
                .body("items.enrollmentId", not(hasItem(due)))
                .body("items.enrollmentId", not(hasItem(pending)));
    }

    @Test
    void onlyTheSupervisorThemselvesAndStaffListTheRatings() {
        String path = "/api/v1/supervisors/" + ratings();
        as(Roles.SUPERVISOR, newNip(), unit).get(path).then().statusCode(403);
        as(Roles.PARTICIPANT, participant, unit).get(path).then().statusCode(403);
        as(Roles.UNIT_ADMIN, newNip(), unit).get(path).then().statusCode(403);
        as(Roles.SUPERVISOR, supervisor, unit).get(path).then().statusCode(200);
        as(Roles.EVALUATOR, newNip(), "BKPSDM-SIBOLGA").get(path).then().statusCode(200);
        as(Roles.INTEGRATION, null, null).get(path).then().statusCode(200);
        as(Roles.ADMIN, newNip(), "BKPSDM-SIBOLGA").get(path).then().statusCode(200);
    }

    @Test
    void onlyTheSupervisorAtRatingTimeRates() {
        String former = newNip();
        // The completion named the former supervisor; the register says the person reports to another one now.
        String enrollmentId = completion(participant, former, 31).save();
        employee(participant, "Rina Marpaung", unit, supervisor, 1);
        String body = behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", 4, "PELAYANAN-PRIMA", 3);

        as(Roles.SUPERVISOR, former, unit).body(body).post(BEHAVIOUR).then().statusCode(403);
        as(Roles.PARTICIPANT, participant, unit).body(body).post(BEHAVIOUR).then().statusCode(403);
        as(Roles.SUPERVISOR, participant, unit).body(body).post(BEHAVIOUR).then().statusCode(403);
        as(Roles.ADMIN, newNip(), "BKPSDM-SIBOLGA").body(body).post(BEHAVIOUR).then().statusCode(403);
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(id(), "KOMUNIKASI-PUBLIK", 4)).post(BEHAVIOUR).then()
                .statusCode(404);

        as(Roles.SUPERVISOR, supervisor, unit).body(body).post(BEHAVIOUR).then().statusCode(201)
                .header("Location", containsString(BEHAVIOUR + "/" + enrollmentId))
                .body("raterNip", equalTo(supervisor)).body("nip", equalTo(participant))
                .body("dueOn", equalTo(today.minusDays(1).toString()))
                .body("ratings.competencyCode", contains("KOMUNIKASI-PUBLIK", "PELAYANAN-PRIMA"))
                .body("ratings.rating", contains(4, 3))
                .body("comment", equalTo("Lebih percaya diri"));
        // The person reads their rating; the former supervisor may not.
        as(Roles.PARTICIPANT, participant, unit).get(BEHAVIOUR + "/" + enrollmentId).then().statusCode(200)
                .body("ratings.rating", contains(4, 3));
        as(Roles.SUPERVISOR, former, unit).get(BEHAVIOUR + "/" + enrollmentId).then().statusCode(404);
    }

    @Test
    void forSomeoneNotInTheRegisterTheCompletionsSupervisorRates() {
        String enrollmentId = completion(participant, supervisor, 30).save();
        as(Roles.SUPERVISOR, newNip(), unit).body(behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", 4,
                "PELAYANAN-PRIMA", 3)).post(BEHAVIOUR).then().statusCode(403);
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", 4,
                "PELAYANAN-PRIMA", 3)).post(BEHAVIOUR).then().statusCode(201);
    }

    @Test
    void notBeforeTheDueDayAndOnlyOnce() {
        employee(participant, "Rina Marpaung", unit, supervisor, 1);
        String early = completion(participant, supervisor, 29).save();
        String body = behaviour(early, "KOMUNIKASI-PUBLIK", 4, "PELAYANAN-PRIMA", 3);
        as(Roles.SUPERVISOR, supervisor, unit).body(body).post(BEHAVIOUR).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(today.plusDays(1).toString()));

        String due = completion(participant, supervisor, 30).save();
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(due, "KOMUNIKASI-PUBLIK", 5, "PELAYANAN-PRIMA", 5))
                .post(BEHAVIOUR).then().statusCode(201);
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(due, "KOMUNIKASI-PUBLIK", 1, "PELAYANAN-PRIMA", 1))
                .post(BEHAVIOUR).then().statusCode(409).body("detail", containsString(due));
        as(Roles.SUPERVISOR, supervisor, unit).get(BEHAVIOUR + "/" + due).then().statusCode(200)
                .body("ratings.rating", contains(5, 5));
    }

    @Test
    void twoRacingRatingsGiveOneCreatedAndOneConflict() throws Exception {
        employee(participant, "Rina Marpaung", unit, supervisor, 1);
        for (int round = 0; round < 5; round++) {
            String enrollmentId = completion(participant, supervisor, 45).save();
            List<Callable<Integer>> ratings = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int rating = i + 2;
                var request = as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId,
                        "KOMUNIKASI-PUBLIK", rating, "PELAYANAN-PRIMA", rating));
                ratings.add(() -> request.post(BEHAVIOUR).then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>(Race.atOnce(ratings, Duration.ofSeconds(60)));
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses, "round " + round);
        }
    }

    @Test
    void ratingsAreExactlyForTheTargetedCompetencies() {
        employee(participant, "Rina Marpaung", unit, supervisor, 1);
        String enrollmentId = completion(participant, supervisor, 40).save();
        var asSupervisor = as(Roles.SUPERVISOR, supervisor, unit);

        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", 4)).post(BEHAVIOUR)
                .then().statusCode(400).body("errors.field", contains("ratings"))
                .body("errors[0].message", containsString("PELAYANAN-PRIMA"));
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", 4,
                "PELAYANAN-PRIMA", 3, "MANAJEMEN-WAKTU", 4)).post(BEHAVIOUR).then().statusCode(400)
                .body("errors.field", contains("ratings[2].competencyCode"))
                .body("errors[0].message", containsString("MANAJEMEN-WAKTU"));
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", 4,
                "KOMUNIKASI-PUBLIK", 3, "PELAYANAN-PRIMA", 4)).post(BEHAVIOUR).then().statusCode(400)
                .body("errors.field", contains("ratings[1].competencyCode"));
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", 6,
                "PELAYANAN-PRIMA", 4)).post(BEHAVIOUR).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("ratings[0].rating"));
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", 4,
                "PELAYANAN-PRIMA", 0)).post(BEHAVIOUR).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("ratings[1].rating"));
        asSupervisor.header("Accept-Language", "id").body(behaviour(enrollmentId)).post(BEHAVIOUR).then()
                .statusCode(400).body("errors.field", contains("ratings", "ratings"))
                .body("errors[0].message", containsString("kompetensi"));

        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId, "PELAYANAN-PRIMA", 2,
                "KOMUNIKASI-PUBLIK", 4)).post(BEHAVIOUR).then().statusCode(201)
                .body("ratings.competencyCode", contains("KOMUNIKASI-PUBLIK", "PELAYANAN-PRIMA"))
                .body("ratings.rating", contains(4, 2));
    }
}
