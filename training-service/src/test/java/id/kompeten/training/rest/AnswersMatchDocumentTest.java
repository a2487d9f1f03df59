package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.archiveCourse;
import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.competencyBody;
import static id.kompeten.training.TrainingTestSupport.courseBody;
import static id.kompeten.training.TrainingTestSupport.createCourse;
import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.defineCompetencyOfType;
import static id.kompeten.training.TrainingTestSupport.providerBody;
import static id.kompeten.training.TrainingTestSupport.publishCourse;
import static id.kompeten.training.TrainingTestSupport.registerAccreditedProvider;
import static id.kompeten.training.TrainingTestSupport.registerProvider;
import static id.kompeten.training.TrainingTestSupport.scheduleSession;
import static id.kompeten.training.TrainingTestSupport.sessionAction;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static id.kompeten.training.TrainingTestSupport.uniqueProviderName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.OpenApiResponseFilter;
import id.kompeten.localstack.testing.OpenApiResponses;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real answers match the OpenAPI document, nulls included. Every API call of this module's tests is checked by
 * {@link OpenApiResponseFilter} (installed for all of them by local-stack's OpenApiResponseCheck, see
 * META-INF/services); these tests make sure the answers with nulls are among those checked, for each field that can be
 * null, as an anonymous caller and as the roles that see more. Each assertion that a field is null is also a check that
 * the document declares it nullable.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class AnswersMatchDocumentTest {

    private static final LocalDate START = LocalDate.of(2027, 4, 5);

    @Test
    void everyTestChecksItsAnswersAgainstTheDocument() {
        assertTrue(RestAssured.filters().stream().anyMatch(OpenApiResponseFilter.class::isInstance),
                "OpenApiResponseFilter is installed for every @QuarkusTest of the module");
    }

    /** The check sees a null the document does not allow: the real answer of a draft against a document without it. */
    @Test
    void aNullTheDocumentDoesNotAllowFailsTheCheck() throws Exception {
        String courseId = createCourse(courseBody(uniqueCode("NULLCHECK"), registerAccreditedProvider("UNIVERSITY"),
                null));
        Response draft = as(Roles.CATALOG_MANAGER).get("/api/v1/courses/" + courseId);
        String document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        assertEquals(List.of(), OpenApiResponses.of(document).violations("GET", "/api/v1/courses/" + courseId, 200,
                draft.getContentType(), draft.asString()));

        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(document);
        ObjectNode properties = (ObjectNode) tree.at("/components/schemas/Course/properties");
        properties.set("publishedAt", json.readTree("{\"$ref\": \"#/components/schemas/Instant\"}"));
        List<String> violations = OpenApiResponses.of(json.writeValueAsString(tree)).violations("GET",
                "/api/v1/courses/" + courseId, 200, draft.getContentType(), draft.asString());
        assertTrue(violations.get(0).endsWith("$.publishedAt: null found, string expected"), violations::toString);
    }

    @Test
    void courseDatesAreNullUntilPublishedAndArchivedAndOptionalTextsMayBeNull() {
        Map<String, Object> body = courseBody(uniqueCode("NULLS"), registerAccreditedProvider("UNIVERSITY"),
                defineCompetencyOfType("TEKNIS"));
        body.remove("description");
        body.put("targetAudience", Map.of("positionCodes", List.of()));
        String provider = (String) body.get("providerId");
        String id = as(Roles.CATALOG_MANAGER).body(body).post("/api/v1/courses").then().statusCode(201)
                .body("description", nullValue()).body("targetAudience.description", nullValue())
                .body("publishedAt", nullValue()).body("archivedAt", nullValue())
                .extract().jsonPath().getString("id");
        as(Roles.ADMIN).get("/api/v1/courses?status=DRAFT&provider=" + provider).then().statusCode(200)
                .body("items[0].publishedAt", nullValue());

        publishCourse(id);
        for (var request : List.of(given(), as(Roles.PARTICIPANT))) {
            request.get("/api/v1/courses/" + id).then().statusCode(200)
                    .body("publishedAt", notNullValue()).body("archivedAt", nullValue())
                    .body("description", nullValue());
        }
        given().get("/api/v1/courses?provider=" + provider).then().statusCode(200)
                .body("items[0].archivedAt", nullValue());

        archiveCourse(id);
        as(Roles.CATALOG_MANAGER).get("/api/v1/courses/" + id).then().statusCode(200)
                .body("archivedAt", notNullValue());
    }

    @Test
    void competencyWithoutDescription() {
        String code = uniqueCode("NODESC");
        Map<String, Object> body = competencyBody(code);
        body.remove("description");
        as(Roles.CATALOG_MANAGER).body(body).post("/api/v1/competencies").then().statusCode(201)
                .body("description", nullValue());
        given().get("/api/v1/competencies/" + code).then().statusCode(200).body("description", nullValue());
        given().get("/api/v1/competencies?sort=updatedAt,desc").then().statusCode(200)
                .body("items[0].code", equalTo(code)).body("items[0].description", nullValue());
    }

    /** No contact, an accreditation without body or end: every field of both may be null, for every caller. */
    @Test
    void providerWithoutContactOrAccreditationEnd() {
        Map<String, Object> body = providerBody(uniqueProviderName("Tanpa Kontak"));
        body.remove("contact");
        body.put("accreditation", new LinkedHashMap<>(Map.of("status", "PROVISIONAL")));
        String id = registerProvider(body);
        for (var request : List.of(given(), as(Roles.PARTICIPANT), as(Roles.UNIT_ADMIN), as(Roles.CATALOG_MANAGER))) {
            request.get("/api/v1/providers/" + id).then().statusCode(200)
                    .body("contact.person", nullValue()).body("contact.website", nullValue())
                    .body("accreditation.body", nullValue()).body("accreditation.validUntil", nullValue());
        }
        given().get("/api/v1/providers?q=" + body.get("name")).then().statusCode(200)
                .body("items[0].contact.address", nullValue());
    }

    /**
     * An online session has no venue, a classroom one no link, a day may have no topic and a trainer no institution;
     * the reason is null until the session is cancelled.
     */
    @Test
    void sessionFieldsThatMayBeNull() {
        String online = createPublishedCourse(16, "ONLINE");
        Map<String, Object> body = sessionBody(uniqueCode("NULLS-ON"), START, 16, "ONLINE");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> days = (List<Map<String, Object>>) body.get("schedule");
        days.forEach(day -> day.remove("topic"));
        body.put("trainers", List.of(Map.of("name", "Dr. Rina Siregar")));
        String onlineId = scheduleSession(online, body);
        as(Roles.CATALOG_MANAGER).get("/api/v1/sessions/" + onlineId).then().statusCode(200)
                .body("location", nullValue()).body("onlineLink", notNullValue())
                .body("schedule[0].topic", nullValue()).body("trainers[0].institution", nullValue())
                .body("cancellationReason", nullValue());
        sessionAction(onlineId, "open");
        given().get("/api/v1/sessions/" + onlineId).then().statusCode(200)
                .body("location", nullValue()).body("onlineLink", nullValue());
        given().get("/api/v1/sessions?course=" + online).then().statusCode(200)
                .body("items[0].onlineLink", nullValue());
        given().get("/api/v1/courses/" + online + "/sessions").then().statusCode(200)
                .body("items[0].schedule[0].topic", nullValue());

        String classroom = createPublishedCourse(16, "CLASSROOM");
        String classroomId = scheduleSession(classroom, sessionBody(uniqueCode("NULLS-CL"), START, 16, "CLASSROOM"));
        assertEquals("CANCELLED", sessionAction(classroomId, "cancel"));
        for (var request : List.of(given(), as(Roles.CATALOG_MANAGER))) {
            request.get("/api/v1/sessions/" + classroomId).then().statusCode(200)
                    .body("onlineLink", nullValue()).body("location", notNullValue())
                    .body("cancellationReason", equalTo("Dibatalkan untuk pengujian"));
        }
    }
}
