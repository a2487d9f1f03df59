package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.ParticipantTestSupport.PARTICIPANTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.etag;
import static id.kompeten.enrollment.ParticipantTestSupport.integration;
import static id.kompeten.enrollment.ParticipantTestSupport.newNiPppk;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participantBody;
import static id.kompeten.enrollment.ParticipantTestSupport.register;
import static id.kompeten.enrollment.ParticipantTestSupport.registerIn;
import static id.kompeten.enrollment.ParticipantTestSupport.updateBody;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering, reading and changing participants as ADMIN and INTEGRATION; who else may is ParticipantAccessTest's. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ParticipantResourceTest {

    @Test
    void registeredParticipantIsReadWithItsETag() {
        String unit = newUnit();
        String supervisor = newNip();
        String nip = newNip();
        String etag = as(admin()).body(participantBody(nip, unit, supervisor)).post(PARTICIPANTS)
                .then().statusCode(201)
                .header("Location", endsWith(PARTICIPANTS + "/" + nip))
                .header("ETag", equalTo("\"0\""))
                .body("nip", equalTo(nip))
                .body("employeeType", equalTo("PNS"))
                .body("name", equalTo("Budi Santoso Hutagalung"))
                .body("email", equalTo("budi.hutagalung@sibolgakota.go.id"))
                .body("phone", equalTo("+62 812 6543 2109"))
                .body("agency", equalTo("Pemerintah Kota Sibolga"))
                .body("unitCode", equalTo(unit))
                .body("positionCode", equalTo("PENGADMINISTRASI-LAYANAN"))
                .body("positionName", equalTo("Pengadministrasi Layanan Kependudukan"))
                .body("supervisorNip", equalTo(supervisor))
                .body("active", equalTo(true))
                .body("version", equalTo(0))
                .extract().header("ETag");
        as(integration()).get(PARTICIPANTS + "/" + nip).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("nip", equalTo(nip))
                .body("unitCode", equalTo(unit));
    }

    @Test
    void optionalFieldsMayBeLeftOutAndTextsAreStripped() {
        Map<String, Object> body = participantBody(newNip(), newUnit(), null);
        body.remove("email");
        body.put("phone", null);
        body.put("name", "  Rina Marpaung ");
        String nip = (String) body.get("nip");
        as(admin()).body(body).post(PARTICIPANTS).then().statusCode(201)
                .body("email", nullValue()).body("phone", nullValue()).body("supervisorNip", nullValue())
                .body("name", equalTo("Rina Marpaung"));
        as(admin()).get(PARTICIPANTS + "/" + nip).then().statusCode(200).body("email", nullValue());
    }

    @Test
    void thePrintedGroupingIsStoredAsEighteenDigits() {
        String nip = newNip();
        String printed = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " "
                + nip.substring(15);
        String supervisor = newNip();
        Map<String, Object> body = participantBody(printed, newUnit(), " " + supervisor.substring(0, 8) + " "
                + supervisor.substring(8, 14) + " " + supervisor.substring(14, 15) + " " + supervisor.substring(15));
        as(admin()).body(body).post(PARTICIPANTS).then().statusCode(201)
                .header("Location", endsWith(PARTICIPANTS + "/" + nip))
                .body("nip", equalTo(nip))
                .body("supervisorNip", equalTo(supervisor));
        // The same number in either form is one participant.
        as(admin()).body(participantBody(nip, newUnit(), null)).post(PARTICIPANTS).then().statusCode(409);
    }

    @Test
    void aPppkIsRegisteredWithTheirNiPppk() {
        String number = newNiPppk();
        Map<String, Object> body = participantBody(number, newUnit(), newNip());
        body.put("employeeType", "PPPK");
        as(admin()).body(body).post(PARTICIPANTS).then().statusCode(201)
                .body("nip", equalTo(number)).body("employeeType", equalTo("PPPK"));
        // As a PNS the same kind of number is refused: digits 13-14 of an NI PPPK are no month.
        Map<String, Object> asPns = participantBody(newNiPppk(), newUnit(), null);
        as(admin()).body(asPns).post(PARTICIPANTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("nip")));
    }

    @Test
    void aRegisteredNumberIsAConflict() {
        String nip = registerIn(newUnit(), null);
        as(admin()).body(participantBody(nip, newUnit(), null)).post(PARTICIPANTS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kompeten:problem:conflict"))
                .body("detail", equalTo("A participant with number '" + nip + "' is already registered."));
        as(admin()).header("Accept-Language", "id").body(participantBody(nip, newUnit(), null)).post(PARTICIPANTS)
                .then().statusCode(409)
                .body("detail", equalTo("Peserta dengan nomor '" + nip + "' sudah terdaftar."));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstRegistration() {
        Map<String, Object> body = participantBody(newNip(), newUnit(), null);
        String key = "register-" + body.get("nip");
        as(admin()).header("Idempotency-Key", key).body(body).post(PARTICIPANTS).then().statusCode(201);
        as(admin()).header("Idempotency-Key", key).body(body).post(PARTICIPANTS).then().statusCode(201)
                .body("nip", equalTo(body.get("nip")));
        body.put("name", "Another Name");
        as(admin()).header("Idempotency-Key", key).body(body).post(PARTICIPANTS).then().statusCode(422);
        // Without the key the retry is a duplicate.
        as(admin()).body(body).post(PARTICIPANTS).then().statusCode(409);
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String unit = newUnit();
        Map<String, Object> body = participantBody(newNip(), unit, newNip());
        String nip = register(body);
        Map<String, Object> update = updateBody(body);
        update.put("positionCode", "ANALIS-KEBIJAKAN");
        update.put("positionName", "Analis Kebijakan Ahli Muda");
        update.put("supervisorNip", null);

        as(admin()).body(update).put(PARTICIPANTS + "/" + nip).then().statusCode(428)
                .body("type", equalTo("urn:kompeten:problem:precondition-required"));
        as(admin()).header("If-Match", "\"7\"").body(update).put(PARTICIPANTS + "/" + nip).then().statusCode(412)
                .body("type", equalTo("urn:kompeten:problem:precondition-failed"));
        as(admin()).header("If-Match", "\"0\"").body(update).put(PARTICIPANTS + "/" + nip)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("positionCode", equalTo("ANALIS-KEBIJAKAN"))
                .body("supervisorNip", nullValue())
                .body("nip", equalTo(nip));
        // The version read before is stale now; the same change again changes nothing.
        as(admin()).header("If-Match", "\"0\"").body(update).put(PARTICIPANTS + "/" + nip).then().statusCode(412);
        as(admin()).header("If-Match", "\"1\"").body(update).put(PARTICIPANTS + "/" + nip).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        // Number and type never change: they are no fields of the update.
        update.put("employeeType", "PPPK");
        as(admin()).header("If-Match", "\"1\"").body(update).put(PARTICIPANTS + "/" + nip).then().statusCode(400)
                .body("errors.field", hasItem("employeeType"));
    }

    @Test
    void updateChecksTheSupervisorsNumber() {
        Map<String, Object> body = participantBody(newNip(), newUnit(), null);
        String nip = register(body);
        Map<String, Object> update = updateBody(body);
        update.put("supervisorNip", nip);
        as(admin()).header("If-Match", etag(nip)).body(update).put(PARTICIPANTS + "/" + nip).then().statusCode(400)
                .body("errors.field", equalTo(List.of("supervisorNip")))
                .body("errors[0].message", equalTo("must not be the participant's own number"));
    }

    @Test
    void unknownNumbersAreNotFound() {
        as(admin()).get(PARTICIPANTS + "/" + newNip()).then().statusCode(404)
                .body("type", equalTo("urn:kompeten:problem:not-found"));
        as(admin()).header("If-Match", "\"0\"").body(updateBody(participantBody(newNip(), newUnit(), null)))
                .put(PARTICIPANTS + "/" + newNip()).then().statusCode(404);
    }

    @Test
    void deactivatedParticipantsStayReadableAndCanBeActivatedAgain() {
        String unit = newUnit();
        String nip = registerIn(unit, null);
        as(admin()).post(PARTICIPANTS + "/" + nip + "/deactivate").then().statusCode(428);
        String etag = as(admin()).header("If-Match", etag(nip)).post(PARTICIPANTS + "/" + nip + "/deactivate")
                .then().statusCode(200).body("active", equalTo(false)).extract().header("ETag");
        // Again: nothing changes, not even the version.
        as(admin()).header("If-Match", etag).post(PARTICIPANTS + "/" + nip + "/deactivate")
                .then().statusCode(200).header("ETag", equalTo(etag));
        as(admin()).queryParam("unit", unit).queryParam("active", "false").get(PARTICIPANTS).then().statusCode(200)
                .body("items.nip", equalTo(List.of(nip)));
        as(admin()).queryParam("unit", unit).queryParam("active", "true").get(PARTICIPANTS).then().statusCode(200)
                .body("total", equalTo(0));
        as(admin()).header("If-Match", etag).post(PARTICIPANTS + "/" + nip + "/activate")
                .then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void aUnitsListIsPagedAndSorted() {
        String unit = newUnit();
        for (String name : List.of("Citra", "Ahmad", "Butet")) {
            Map<String, Object> body = participantBody(newNip(), unit, null);
            body.put("name", name);
            register(body);
        }
        registerIn(newUnit(), null);
        as(admin()).queryParam("unit", unit).get(PARTICIPANTS).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", equalTo(List.of("Ahmad", "Butet", "Citra")));
        as(admin()).queryParam("unit", unit).queryParam("sort", "name,desc").queryParam("size", 2)
                .get(PARTICIPANTS).then().statusCode(200)
                .body("items.name", equalTo(List.of("Citra", "Butet")))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        as(admin()).queryParam("unit", unit).queryParam("sort", "email").get(PARTICIPANTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("sort")));
        as(admin()).queryParam("unit", "kecil").get(PARTICIPANTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("unit")));
    }

    @Test
    void aSupervisorsSubordinatesAreListedBySupervisor() {
        String unit = newUnit();
        String supervisor = newNip();
        String first = registerIn(unit, supervisor);
        String second = registerIn(newUnit(), supervisor);
        registerIn(unit, newNip());
        List<String> listed = as(admin()).queryParam("supervisor", supervisor).queryParam("sort", "nip")
                .get(PARTICIPANTS).then().statusCode(200).extract().jsonPath().getList("items.nip", String.class);
        assertEquals(List.of(first, second).stream().sorted().toList(), listed);
    }

    @Test
    void unknownFieldsAndMissingBodiesAreBadRequests() {
        Map<String, Object> body = participantBody(newNip(), newUnit(), null);
        body.put("gender", "MALE");
        as(admin()).body(body).post(PARTICIPANTS).then().statusCode(400)
                .body("errors.field", equalTo(List.of("gender")));
        as(admin()).post(PARTICIPANTS).then().statusCode(400);
        Map<String, Object> blank = participantBody(" ", newUnit(), null);
        blank.put("employeeType", "HONORER");
        as(admin()).body(blank).post(PARTICIPANTS).then().statusCode(400)
                .body("errors.field", hasItem("employeeType"));
    }
}
