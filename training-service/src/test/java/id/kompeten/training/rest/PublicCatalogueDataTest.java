package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.providerBody;
import static id.kompeten.training.TrainingTestSupport.registerProvider;
import static id.kompeten.training.TrainingTestSupport.scheduleSession;
import static id.kompeten.training.TrainingTestSupport.sessionAction;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static id.kompeten.training.TrainingTestSupport.uniqueProviderName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Public catalogue reads show what a citizen may see. Meeting links (they often carry passcodes) and the provider's
 * contact person, email and phone need a token with a role that works with them.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class PublicCatalogueDataTest {

    private static final String LINK = "https://zoom.us/j/81234567890";
    private static final LocalDate START = LocalDate.of(2027, 3, 8);
    private static final List<String> SEE_LINKS = List.of(Roles.CATALOG_MANAGER, Roles.ADMIN, Roles.INTEGRATION);
    private static final List<String> NO_LINKS = List.of(Roles.PARTICIPANT, Roles.SUPERVISOR, Roles.UNIT_ADMIN,
            Roles.EVALUATOR);
    private static final List<String> SEE_CONTACTS = List.of(Roles.CATALOG_MANAGER, Roles.ADMIN, Roles.INTEGRATION,
            Roles.UNIT_ADMIN);
    private static final List<String> NO_CONTACTS = List.of(Roles.PARTICIPANT, Roles.SUPERVISOR, Roles.EVALUATOR);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void onlineLinksAreShownToCatalogueAndSystemRolesOnly() throws Exception {
        String courseId = createPublishedCourse(16, "ONLINE");
        String id = scheduleSession(courseId, sessionBody(uniqueCode("LINK"), START, 16, "ONLINE"));
        sessionAction(id, "open");

        String one = "/api/v1/sessions/" + id;
        String search = "/api/v1/sessions?course=" + courseId;
        String ofCourse = "/api/v1/courses/" + courseId + "/sessions";
        given().get(one).then().statusCode(200).body("status", equalTo("OPEN")).body("onlineLink", nullValue());
        given().get(search).then().statusCode(200).body("total", equalTo(1)).body("items[0].onlineLink", nullValue());
        given().get(ofCourse).then().statusCode(200).body("total", equalTo(1)).body("items[0].onlineLink", nullValue());
        for (String role : NO_LINKS) {
            as(role).get(one).then().statusCode(200).body("onlineLink", nullValue());
            as(role).get(search).then().statusCode(200).body("items[0].onlineLink", nullValue());
        }
        for (String role : SEE_LINKS) {
            as(role).get(one).then().statusCode(200).body("onlineLink", equalTo(LINK));
            as(role).get(search).then().statusCode(200).body("items[0].onlineLink", equalTo(LINK));
            as(role).get(ofCourse).then().statusCode(200).body("items[0].onlineLink", equalTo(LINK));
        }

        // Events are internal: the enrollment service will hand the link to enrolled participants.
        OutboxEvent opened = catalogEventsInOutbox(id).get(1);
        assertEquals("SessionOpened", opened.type());
        JsonNode event = JSON.readTree(opened.payload());
        assertEquals(LINK, event.at("/session/onlineLink").asText());
    }

    @Test
    void providerContactPersonEmailAndPhoneNeedARole() {
        String name = uniqueProviderName("Universitas Kontak");
        String id = registerProvider(providerBody(name));
        String one = "/api/v1/providers/" + id;
        String list = "/api/v1/providers?q=" + name;

        assertPublicContactOnly(given(), one, "");
        assertPublicContactOnly(given(), list, "items[0].");
        for (String role : NO_CONTACTS) {
            assertPublicContactOnly(as(role), one, "");
            assertPublicContactOnly(as(role), list, "items[0].");
        }
        for (String role : SEE_CONTACTS) {
            for (String[] read : new String[][] {{one, ""}, {list, "items[0]."}}) {
                as(role).get(read[0]).then().statusCode(200)
                        .body(read[1] + "contact.person", equalTo("Dr. Rina Siregar"))
                        .body(read[1] + "contact.email", equalTo("pelatihan@usu.ac.id"))
                        .body(read[1] + "contact.phone", equalTo("+62 61 8211633"));
            }
        }
    }

    @Test
    void theApiDocumentSaysWhoSeesLinksAndContacts() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.Session.properties.onlineLink.description", containsString("CATALOG_MANAGER"))
                .body("components.schemas.Session.properties.onlineLink.description", containsString("INTEGRATION"))
                .body("components.schemas.ProviderContact.properties.email.description", containsString("UNIT_ADMIN"))
                .body("components.schemas.ProviderContact.properties.phone.description", containsString("UNIT_ADMIN"))
                .body("components.schemas.ProviderContact.properties.person.description", containsString("UNIT_ADMIN"))
                .body("components.schemas.ProviderContact.properties.website.description", containsString("Public"));
    }

    /** Address and website are the organisation's and public; the contact person and their details are not. */
    private static void assertPublicContactOnly(RequestSpecification request, String path, String prefix) {
        request.get(path).then().statusCode(200)
                .body(prefix + "contact.person", nullValue())
                .body(prefix + "contact.email", nullValue())
                .body(prefix + "contact.phone", nullValue())
                .body(prefix + "contact.address", equalTo("Jl. Dr. T. Mansur No. 9, Medan"))
                .body(prefix + "contact.website", equalTo("https://www.usu.ac.id"));
    }
}
