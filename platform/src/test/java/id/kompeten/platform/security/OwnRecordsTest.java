package id.kompeten.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Own records only" through a resource: the probe asks AccessPolicy for a record owned as the query says. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class OwnRecordsTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String UNIT = DevPersonas.SAMPLE_UNIT;
    private static final String OWN_NIP = DevPersonas.PARTICIPANT.nip();
    private static final String SUPERVISOR_NIP = DevPersonas.SUPERVISOR.nip();
    private static final String STRANGER_NIP = "199201012018012001";
    private static final String OTHER_UNIT = "DINKES-SIBOLGA";

    @Test
    void participantReadsTheirOwnRecord() {
        as(DevPersonas.PARTICIPANT).get("/security-probe/records/{nip}?unit={unit}&supervisor={supervisor}",
                OWN_NIP, UNIT, SUPERVISOR_NIP).then().statusCode(200).body("nip", equalTo(OWN_NIP));
    }

    @Test
    void participantIsRefusedSomeoneElsesRecord() {
        as(DevPersonas.PARTICIPANT).get("/security-probe/records/{nip}?unit={unit}&supervisor={supervisor}",
                STRANGER_NIP, UNIT, SUPERVISOR_NIP).then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void supervisorReadsASubordinatesRecordButNoOneElses() {
        as(DevPersonas.SUPERVISOR).get("/security-probe/records/{nip}?unit={unit}&supervisor={supervisor}",
                OWN_NIP, UNIT, SUPERVISOR_NIP).then().statusCode(200);
        as(DevPersonas.SUPERVISOR).get("/security-probe/records/{nip}?unit={unit}&supervisor={supervisor}",
                STRANGER_NIP, UNIT, "196901011995031001").then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void unitAdminReadsTheirUnitOnly() {
        as(DevPersonas.UNIT_ADMIN).get("/security-probe/records/{nip}?unit={unit}", STRANGER_NIP, UNIT)
                .then().statusCode(200);
        as(DevPersonas.UNIT_ADMIN).get("/security-probe/records/{nip}?unit={unit}", STRANGER_NIP, OTHER_UNIT)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void adminIntegrationAndRolesNamedByTheEndpointReadEveryRecord() {
        for (DevIdentity caller : List.of(DevPersonas.ADMIN, DevPersonas.INTEGRATION, DevPersonas.EVALUATOR)) {
            as(caller).get("/security-probe/records/{nip}?unit={unit}", STRANGER_NIP, OTHER_UNIT)
                    .then().statusCode(200);
        }
        as(DevPersonas.CATALOG_MANAGER).get("/security-probe/records/{nip}?unit={unit}", STRANGER_NIP, OTHER_UNIT)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void privateRecordsOfOthersAreNotRevealedAsForbidden() {
        as(DevPersonas.PARTICIPANT).get("/security-probe/private-records/{nip}", OWN_NIP).then().statusCode(200);
        as(DevPersonas.PARTICIPANT).get("/security-probe/private-records/{nip}", STRANGER_NIP).then()
                .statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void listScopeFollowsTheSameRules() {
        as(DevPersonas.PARTICIPANT).get("/security-probe/scope").then().statusCode(200)
                .body("all", equalTo(false)).body("own", equalTo(OWN_NIP)).body("unit", equalTo(""))
                .body("supervisor", equalTo(""));
        as(DevPersonas.SUPERVISOR).get("/security-probe/scope").then().statusCode(200)
                .body("supervisor", equalTo(SUPERVISOR_NIP)).body("own", equalTo(SUPERVISOR_NIP));
        as(DevPersonas.UNIT_ADMIN).get("/security-probe/scope").then().statusCode(200).body("unit", equalTo(UNIT));
        as(DevPersonas.ADMIN).get("/security-probe/scope").then().statusCode(200).body("all", equalTo(true));
        as(new DevIdentity("dev-catalog-client", Set.of(Roles.CATALOG_MANAGER), null, null))
                .get("/security-probe/scope").then().statusCode(403).contentType(PROBLEM_JSON);
    }

    private static RequestSpecification as(DevIdentity caller) {
        return given().header("Authorization", DevTokens.bearer(caller));
    }
}
