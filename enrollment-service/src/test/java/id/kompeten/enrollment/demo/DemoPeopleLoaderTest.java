package id.kompeten.enrollment.demo;

import static id.kompeten.enrollment.ParticipantTestSupport.PARTICIPANTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo people register through the real service (every number and field checked as an API registration is), a
 * second load adds nothing, and the people the local run's tokens speak for exist in their units, with the
 * supervisors the tokens' roles imply.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class DemoPeopleLoaderTest {

    @Inject
    DemoPeopleLoader loader;

    @Test
    void registersEveryDemoPersonOnceAndTheTokenPeopleMatchTheirRecords() {
        DemoPeople demo = loader.read();
        loader.load();

        assertEquals(0, loader.load(), "a second load adds nothing");
        for (DemoPeople.Person person : demo.people()) {
            as(admin()).get(PARTICIPANTS + "/" + person.nip()).then().statusCode(200)
                    .body("unitCode", equalTo(person.unit()))
                    .body("name", equalTo(person.name()));
        }
        Map<String, DemoPeople.Person> byNip = demo.people().stream()
                .collect(Collectors.toMap(DemoPeople.Person::nip, Function.identity()));
        List<DevIdentity> tokenPeople = new ArrayList<>(DevPersonas.DEMO_PEOPLE.values());
        DevPersonas.ALL.stream().filter(persona -> persona.nip() != null).forEach(tokenPeople::add);
        for (DevIdentity identity : tokenPeople) {
            DemoPeople.Person person = byNip.get(identity.nip());
            assertNotNull(person, "no demo person for the token of " + identity.nip());
            assertEquals(identity.unit(), person.unit(), identity.nip());
        }
        // Each demo participant token's supervisor token is their real supervisor, so approvals can be tried.
        assertEquals(DevPersonas.SUPERVISOR.nip(), byNip.get(DevPersonas.PARTICIPANT.nip()).supervisor());
        assertEquals(DevPersonas.DEMO_PEOPLE.get("supervisor-mulyorejo").nip(),
                byNip.get(DevPersonas.DEMO_PEOPLE.get("participant-mulyorejo").nip()).supervisor());
        assertEquals(DevPersonas.DEMO_PEOPLE.get("supervisor-dinkes-sibolga").nip(),
                byNip.get(DevPersonas.DEMO_PEOPLE.get("participant-dinkes-sibolga").nip()).supervisor());
        assertTrue(demo.people().stream().map(DemoPeople.Person::unit).distinct()
                .allMatch(unit -> demo.unitsByCode().containsKey(unit)), "every person's unit is listed");
    }

    @Test
    void aDemoUnitAdminSeesTheirOwnUnitOnly() {
        loader.load();
        DevIdentity mulyorejoAdmin = DevPersonas.DEMO_PEOPLE.get("unit-admin-mulyorejo");
        DevIdentity sibolgaPerson = DevPersonas.PARTICIPANT;

        given().header("Authorization", DevTokens.bearer(mulyorejoAdmin))
                .get(PARTICIPANTS + "?unit=" + mulyorejoAdmin.unit()).then().statusCode(200)
                .body("items.size()", equalTo((int) loader.read().people().stream()
                        .filter(person -> Objects.equals(person.unit(), mulyorejoAdmin.unit())).count()));
        given().header("Authorization", DevTokens.bearer(mulyorejoAdmin))
                .get(PARTICIPANTS + "/" + sibolgaPerson.nip()).then().statusCode(404);
    }
}
