package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.ParticipantTestSupport.PARTICIPANTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.etag;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participant;
import static id.kompeten.enrollment.ParticipantTestSupport.participantBody;
import static id.kompeten.enrollment.ParticipantTestSupport.register;
import static id.kompeten.enrollment.ParticipantTestSupport.registerIn;
import static id.kompeten.enrollment.ParticipantTestSupport.supervisor;
import static id.kompeten.enrollment.ParticipantTestSupport.unitAdmin;
import static id.kompeten.enrollment.ParticipantTestSupport.updateBody;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who reaches which participant: ADMIN and INTEGRATION everyone; a unit admin their unit (403 for writes elsewhere,
 * 404 for other units' records); a supervisor reads their direct subordinates; a participant reads their own record
 * and corrects their own contact data; other roles 403, no token 401.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ParticipantAccessTest {

    @Test
    void aUnitAdminRegistersAndListsOnlyTheirUnit() {
        String unit = newUnit();
        String other = newUnit();
        DevIdentity admin = unitAdmin(unit);
        String own = as(admin).body(participantBody(newNip(), unit, null)).post(PARTICIPANTS)
                .then().statusCode(201).extract().jsonPath().getString("nip");
        as(admin).body(participantBody(newNip(), other, null)).post(PARTICIPANTS)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:kompeten:problem:forbidden"));
        registerIn(other, null);

        as(admin).get(PARTICIPANTS).then().statusCode(200).body("items.nip", equalTo(List.of(own)));
        as(admin).queryParam("unit", unit).get(PARTICIPANTS).then().statusCode(200)
                .body("items.nip", equalTo(List.of(own)));
        as(admin).queryParam("unit", other).get(PARTICIPANTS).then().statusCode(403);
    }

    @Test
    void aUnitAdminChangesOnlyTheirUnitsParticipantsAndKeepsThemThere() {
        String unit = newUnit();
        DevIdentity admin = unitAdmin(unit);
        Map<String, Object> body = participantBody(newNip(), unit, null);
        String own = register(body);
        String elsewhere = registerIn(newUnit(), null);

        Map<String, Object> update = updateBody(body);
        update.put("positionName", "Pengelola Data Kependudukan");
        as(admin).header("If-Match", etag(own)).body(update).put(PARTICIPANTS + "/" + own).then().statusCode(200)
                .body("positionName", equalTo("Pengelola Data Kependudukan"));
        // Moving them out is for ADMIN and INTEGRATION.
        update.put("unitCode", newUnit());
        as(admin).header("If-Match", etag(own)).body(update).put(PARTICIPANTS + "/" + own).then().statusCode(403);
        as(admin()).header("If-Match", etag(own)).body(update).put(PARTICIPANTS + "/" + own).then().statusCode(200)
                .body("unitCode", equalTo(update.get("unitCode")));
        // Another unit's participant is not theirs to see, let alone change.
        as(admin).get(PARTICIPANTS + "/" + elsewhere).then().statusCode(404);
        as(admin).header("If-Match", etag(elsewhere)).body(updateBody(participantBody(elsewhere, unit, null)))
                .put(PARTICIPANTS + "/" + elsewhere).then().statusCode(404);
        as(admin).header("If-Match", etag(elsewhere)).post(PARTICIPANTS + "/" + elsewhere + "/deactivate")
                .then().statusCode(404);
    }

    @Test
    void aUnitAdminsOwnRecordInAnotherUnitGivesThemNoRightsThere() {
        // Registered in one unit, admin of another: they see their own record, but may not register in its unit.
        String homeUnit = newUnit();
        String nip = registerIn(homeUnit, null);
        DevIdentity admin = DevIdentity.person(Roles.UNIT_ADMIN, nip, newUnit());
        as(admin).get(PARTICIPANTS + "/" + nip).then().statusCode(200);
        as(admin).body(participantBody(newNip(), homeUnit, null)).post(PARTICIPANTS).then().statusCode(403);
        as(admin).header("If-Match", etag(nip)).body(Map.of("email", "baru@sibolgakota.go.id"))
                .put(PARTICIPANTS + "/" + nip + "/contact").then().statusCode(200);
    }

    @Test
    void aSupervisorReadsTheirDirectSubordinatesOnly() {
        String unit = newUnit();
        String boss = register(participantBody(newNip(), unit, null));
        String subordinate = registerIn(unit, boss);
        String colleague = registerIn(unit, newNip());
        String elsewhere = registerIn(newUnit(), boss);
        DevIdentity supervisor = supervisor(boss, unit);

        as(supervisor).get(PARTICIPANTS + "/" + subordinate).then().statusCode(200)
                .body("supervisorNip", equalTo(boss));
        as(supervisor).get(PARTICIPANTS + "/" + elsewhere).then().statusCode(200);
        as(supervisor).get(PARTICIPANTS + "/" + colleague).then().statusCode(404);
        as(supervisor).get(PARTICIPANTS + "/" + boss).then().statusCode(200);
        // Their list: the subordinates, wherever they work, and themselves.
        List<String> listed = as(supervisor).queryParam("sort", "nip").get(PARTICIPANTS)
                .then().statusCode(200).extract().jsonPath().getList("items.nip", String.class);
        assertEquals(List.of(boss, subordinate, elsewhere).stream().sorted().toList(), listed);
        as(supervisor).queryParam("unit", unit).queryParam("supervisor", boss).get(PARTICIPANTS)
                .then().statusCode(200).body("items.nip", equalTo(List.of(subordinate)));
        // Reading is all: no changes, not even of contact data.
        as(supervisor).header("If-Match", etag(subordinate)).body(Map.of("email", "x@sibolgakota.go.id"))
                .put(PARTICIPANTS + "/" + subordinate + "/contact").then().statusCode(403);
        as(supervisor).header("If-Match", etag(subordinate))
                .body(updateBody(participantBody(subordinate, unit, boss)))
                .put(PARTICIPANTS + "/" + subordinate).then().statusCode(403);
    }

    @Test
    void aParticipantReadsTheirOwnRecordOnly() {
        String unit = newUnit();
        String own = registerIn(unit, null);
        String colleague = registerIn(unit, null);
        DevIdentity me = participant(own, unit);

        as(me).get(PARTICIPANTS + "/" + own).then().statusCode(200).body("nip", equalTo(own));
        // Someone else's record, registered or not: the same 404.
        String body = as(me).get(PARTICIPANTS + "/" + colleague).then().statusCode(404).extract().jsonPath()
                .getString("detail");
        assertEquals("Participant '" + colleague + "' was not found.", body);
        as(me).get(PARTICIPANTS + "/" + newNip()).then().statusCode(404);
        as(me).get(PARTICIPANTS).then().statusCode(403);
        as(me).body(participantBody(newNip(), unit, null)).post(PARTICIPANTS).then().statusCode(403);
        as(me).header("If-Match", etag(own)).body(updateBody(participantBody(own, unit, null)))
                .put(PARTICIPANTS + "/" + own).then().statusCode(403);
        as(me).header("If-Match", etag(own)).post(PARTICIPANTS + "/" + own + "/deactivate").then().statusCode(403);
    }

    @Test
    void aParticipantCorrectsTheirOwnContactDataAndNothingElse() {
        String unit = newUnit();
        String supervisorNip = newNip();
        String own = registerIn(unit, supervisorNip);
        String colleague = registerIn(unit, null);
        DevIdentity me = participant(own, unit);
        String etag = etag(own);

        as(me).body(Map.of("email", "budi.h@gmail.com")).put(PARTICIPANTS + "/" + own + "/contact")
                .then().statusCode(428);
        as(me).header("If-Match", "\"41\"").body(Map.of("email", "budi.h@gmail.com"))
                .put(PARTICIPANTS + "/" + own + "/contact").then().statusCode(412);
        String next = as(me).header("If-Match", etag).body(Map.of("email", "budi.h@gmail.com"))
                .put(PARTICIPANTS + "/" + own + "/contact").then().statusCode(200)
                .body("email", equalTo("budi.h@gmail.com"))
                .body("phone", nullValue())
                .body("unitCode", equalTo(unit))
                .body("supervisorNip", equalTo(supervisorNip))
                .body("name", equalTo("Budi Santoso Hutagalung"))
                .extract().header("ETag");
        assertEquals("\"1\"", next);
        // Only contact fields: anything else in the body is refused, not ignored.
        as(me).header("If-Match", next).body(Map.of("email", "budi.h@gmail.com", "unitCode", newUnit()))
                .put(PARTICIPANTS + "/" + own + "/contact").then().statusCode(400)
                .body("errors.field", equalTo(List.of("unitCode")));
        as(me).header("If-Match", next).body(Map.of("email", "not an address"))
                .put(PARTICIPANTS + "/" + own + "/contact").then().statusCode(400)
                .body("errors.field", equalTo(List.of("email")));
        // Another's contact data: as unknown as the rest of their record.
        as(me).header("If-Match", etag(colleague)).body(Map.of("email", "x@gmail.com"))
                .put(PARTICIPANTS + "/" + colleague + "/contact").then().statusCode(404);
        // Their unit's admin may correct it too.
        as(unitAdmin(unit)).header("If-Match", next).body(Map.of("phone", "0631 21234"))
                .put(PARTICIPANTS + "/" + own + "/contact").then().statusCode(200)
                .body("email", nullValue()).body("phone", equalTo("0631 21234"));
    }

    @Test
    void otherRolesAreForbiddenAndAnonymousCallersUnauthorised() {
        String unit = newUnit();
        String nip = registerIn(unit, null);
        for (String role : List.of(Roles.CATALOG_MANAGER, Roles.EVALUATOR)) {
            // Even for their own record: these roles are for other work; people carry PARTICIPANT as well.
            DevIdentity other = DevIdentity.person(role, nip, unit);
            as(other).get(PARTICIPANTS + "/" + nip).then().statusCode(403);
            as(other).get(PARTICIPANTS).then().statusCode(403);
            as(other).body(participantBody(newNip(), unit, null)).post(PARTICIPANTS).then().statusCode(403);
        }
        given().get(PARTICIPANTS + "/" + nip).then().statusCode(401).contentType("application/problem+json");
        given().get(PARTICIPANTS).then().statusCode(401);
        given().contentType("application/json").body(participantBody(newNip(), unit, null)).post(PARTICIPANTS)
                .then().statusCode(401);
    }

    @Test
    void aPersonWithoutAnyVisibleRecordIsForbiddenToList() {
        // A supervisor token without a number sees nobody: a list is refused rather than answered empty.
        DevIdentity nobody = DevIdentity.system(Roles.SUPERVISOR);
        as(nobody).get(PARTICIPANTS).then().statusCode(403);
    }
}
