package id.kompeten.evaluation.kirkpatrick;

import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.REACTION;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.as;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.employee;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.id;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.newNip;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.newUnit;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.reaction;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.Completion;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.Race;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** L1: only the participant who completed gives their reaction, once, even when two submissions race. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ReactionTest {

    final String unit = newUnit();
    final String supervisor = newNip();
    final String participant = newNip();
    final String courseId = id();
    final String sessionId = id();

    private String completion() {
        return new Completion(participant, unit, supervisor, courseId, sessionId).save();
    }

    @Test
    void theParticipantGivesTheirReactionOnceAndReadsItBack() {
        employee(participant, "Rina Marpaung", unit, supervisor, 1);
        String enrollmentId = completion();
        String body = "{\"enrollmentId\":\"" + enrollmentId + "\",\"content\":4,\"trainer\":5,\"relevance\":4,"
                + "\"facilities\":3,\"comment\":\"  Simulasi presentasi sangat membantu.  \"}";

        as(Roles.PARTICIPANT, participant, unit).body(body).post(REACTION).then().statusCode(201)
                .header("Location", containsString(REACTION + "/" + enrollmentId))
                .body("nip", equalTo(participant)).body("courseId", equalTo(courseId))
                .body("sessionId", equalTo(sessionId)).body("content", equalTo(4)).body("trainer", equalTo(5))
                .body("relevance", equalTo(4)).body("facilities", equalTo(3))
                .body("comment", equalTo("Simulasi presentasi sangat membantu."));

        as(Roles.PARTICIPANT, participant, unit).body(reaction(enrollmentId, 1, 1, 1, 1)).post(REACTION).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(enrollmentId));
        // The first answer stands.
        as(Roles.PARTICIPANT, participant, unit).get(REACTION + "/" + enrollmentId).then().statusCode(200)
                .body("content", equalTo(4)).body("facilities", equalTo(3));
        as(Roles.SUPERVISOR, supervisor, unit).get(REACTION + "/" + enrollmentId).then().statusCode(200);
        as(Roles.PARTICIPANT, newNip(), unit).get(REACTION + "/" + enrollmentId).then().statusCode(404);
    }

    @Test
    void twoRacingSubmissionsGiveOneCreatedAndOneConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            String enrollmentId = completion();
            List<Callable<Integer>> submissions = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int score = i + 2;
                var request = as(Roles.PARTICIPANT, participant, unit)
                        .body(reaction(enrollmentId, score, score, score, score));
                submissions.add(() -> request.post(REACTION).then().extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>(Race.atOnce(submissions, Duration.ofSeconds(60)));
            statuses.sort(null);
            assertEquals(List.of(201, 409), statuses, "round " + round);
            as(Roles.ADMIN, newNip(), unit).queryParam("nip", participant).queryParam("sessionId", sessionId)
                    .get(REACTION).then().statusCode(200).body("items.enrollmentId", hasItem(enrollmentId));
        }
    }

    @Test
    void onlyTheParticipantWhoCompletedGivesTheReaction() {
        employee(participant, "Rina Marpaung", unit, supervisor, 1);
        String enrollmentId = completion();
        String body = reaction(enrollmentId, 4, 4, 4, 4);
        // Someone who may read the person's records but is not them: 403.
        as(Roles.SUPERVISOR, supervisor, unit).body(body).post(REACTION).then().statusCode(403);
        as(Roles.ADMIN, newNip(), "BKPSDM-SIBOLGA").body(body).post(REACTION).then().statusCode(403);
        // Anyone else does not learn that the completion exists.
        as(Roles.PARTICIPANT, newNip(), unit).body(body).post(REACTION).then().statusCode(404);
        // No completion behind the enrollment id: 404.
        as(Roles.PARTICIPANT, participant, unit).body(reaction(id(), 4, 4, 4, 4)).post(REACTION).then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:kompeten:problem:not-found"));
        // A system without a NIP is not a participant.
        as(Roles.INTEGRATION, null, null).body(body).post(REACTION).then().statusCode(403);
        as(Roles.PARTICIPANT, participant, unit).body(body).post(REACTION).then().statusCode(201);
    }

    @Test
    void scoresOutsideOneToFiveAreRefusedNamingTheField() {
        String enrollmentId = completion();
        as(Roles.PARTICIPANT, participant, unit).body(reaction(enrollmentId, 6, 4, 4, 4)).post(REACTION).then()
                .statusCode(400).body("errors.field", hasItem("content"));
        as(Roles.PARTICIPANT, participant, unit).body(reaction(enrollmentId, 4, 0, 4, 4)).post(REACTION).then()
                .statusCode(400).body("errors.field", hasItem("trainer"));
        as(Roles.PARTICIPANT, participant, unit).body(reaction(enrollmentId, 4, 4, 4.5, 4)).post(REACTION).then()
                .statusCode(400).body("errors.field", hasItem("relevance"));
        as(Roles.PARTICIPANT, participant, unit).body(reaction(enrollmentId, 4, 4, 4, null)).post(REACTION).then()
                .statusCode(400).body("errors.field", hasItem("facilities"));
        String longComment = "{\"enrollmentId\":\"" + enrollmentId + "\",\"content\":4,\"trainer\":4,\"relevance\":4,"
                + "\"facilities\":4,\"comment\":\"" + "x".repeat(2001) + "\"}";
        as(Roles.PARTICIPANT, participant, unit).body(longComment).post(REACTION).then()
                .statusCode(400).body("errors.field", hasItem("comment"));
        // Nothing was recorded: the valid reaction is still accepted, without a comment.
        as(Roles.PARTICIPANT, participant, unit).body(reaction(enrollmentId, 1, 5, 5, 5)).post(REACTION).then()
                .statusCode(201).body("comment", nullValue());
    }

    @Test
    void listsShowWhatTheCallerMayReadOnly() {
        String colleague = newNip();
        employee(participant, "Rina Marpaung", unit, supervisor, 1);
        employee(colleague, "Budi Hutagalung", unit, newNip(), 1);
        String mine = completion();
        String theirs = new Completion(colleague, unit, supervisor, courseId, sessionId).save();
        as(Roles.PARTICIPANT, participant, unit).body(reaction(mine, 4, 4, 4, 4)).post(REACTION).then().statusCode(201);
        as(Roles.PARTICIPANT, colleague, unit).body(reaction(theirs, 3, 3, 3, 3)).post(REACTION).then().statusCode(201);

        // The participant: their own.
        as(Roles.PARTICIPANT, participant, unit).queryParam("courseId", courseId).get(REACTION).then().statusCode(200)
                .body("items.enrollmentId", containsInAnyOrder(mine)).body("total", equalTo(1));
        // The supervisor now of the participant only (the colleague's completion named this supervisor, but the
        // employee register says someone else supervises the colleague now).
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("courseId", courseId).get(REACTION).then().statusCode(200)
                .body("items.enrollmentId", containsInAnyOrder(mine));
        // The unit admin and an evaluator: both.
        as(Roles.UNIT_ADMIN, newNip(), unit).queryParam("courseId", courseId).get(REACTION).then().statusCode(200)
                .body("items.enrollmentId", containsInAnyOrder(mine, theirs));
        as(Roles.EVALUATOR, newNip(), "BKPSDM-SIBOLGA").queryParam("courseId", courseId).get(REACTION).then()
                .statusCode(200).body("items.enrollmentId", containsInAnyOrder(mine, theirs));
        // Another unit's admin: none.
        as(Roles.UNIT_ADMIN, newNip(), newUnit()).queryParam("courseId", courseId).get(REACTION).then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void someoneTheRegisterDoesNotHoldYetIsOwnedAsTheCompletionSays() {
        String enrollmentId = completion();
        as(Roles.PARTICIPANT, participant, unit).body(reaction(enrollmentId, 5, 5, 5, 5)).post(REACTION).then()
                .statusCode(201);
        as(Roles.SUPERVISOR, supervisor, unit).queryParam("nip", participant).get(REACTION).then().statusCode(200)
                .body("items.enrollmentId", containsInAnyOrder(enrollmentId));
        as(Roles.SUPERVISOR, newNip(), unit).queryParam("nip", participant).get(REACTION).then().statusCode(200)
                .body("total", equalTo(0));
    }
}
