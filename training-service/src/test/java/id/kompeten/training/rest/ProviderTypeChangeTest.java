package id.kompeten.training.rest;

import static id.kompeten.training.TrainingTestSupport.archiveCourse;
import static id.kompeten.training.TrainingTestSupport.as;
import static id.kompeten.training.TrainingTestSupport.awaitCatalogRecords;
import static id.kompeten.training.TrainingTestSupport.catalogEventsInOutbox;
import static id.kompeten.training.TrainingTestSupport.courseBody;
import static id.kompeten.training.TrainingTestSupport.createCourse;
import static id.kompeten.training.TrainingTestSupport.defineCompetencyOfType;
import static id.kompeten.training.TrainingTestSupport.providerBody;
import static id.kompeten.training.TrainingTestSupport.publishCourse;
import static id.kompeten.training.TrainingTestSupport.registerProvider;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static id.kompeten.training.TrainingTestSupport.uniqueProviderName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.platform.messaging.OutboxEvent;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Course snapshots copy their provider's type, so consumers can filter by it without a join. When the type changes,
 * every course the catalogue has announced is announced again with the new type, in the same transaction.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class ProviderTypeChangeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void changingTheTypeReannouncesThePublishedAndArchivedCoursesOfTheProvider() throws Exception {
        String name = uniqueProviderName("Universitas Ganti Jenis");
        Map<String, Object> body = providerBody(name);
        String providerId = registerProvider(body);
        String competency = defineCompetencyOfType("TEKNIS");
        String published = createCourse(courseBody(uniqueCode("TYPE"), providerId, competency));
        publishCourse(published);
        String archived = createCourse(courseBody(uniqueCode("TYPE"), providerId, competency));
        publishCourse(archived);
        archiveCourse(archived);
        String draft = createCourse(courseBody(uniqueCode("TYPE"), providerId, competency));

        // Another detail changes: the snapshots copy nothing of it, so nothing is announced again.
        contact(body).put("phone", "+62 61 8211699");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"0\"").body(body).put("/api/v1/providers/" + providerId)
                .then().statusCode(200);
        assertEquals(List.of("CoursePublished"), types(published));

        body.put("type", "NGO");
        as(Roles.CATALOG_MANAGER).header("If-Match", "\"1\"").body(body).put("/api/v1/providers/" + providerId)
                .then().statusCode(200).body("type", equalTo("NGO"));

        assertEquals(List.of("CoursePublished", "CourseUpdated"), types(published));
        assertEquals(List.of("CoursePublished", "CourseArchived", "CourseUpdated"), types(archived));
        assertEquals(List.of(), types(draft), "drafts are not announced");

        // The re-announced snapshot is a new version of the course, so consumers that keep the newest apply it.
        ConsumerRecord<String, String> record = awaitCatalogRecords(published, 2).get(1);
        assertEquals("CourseUpdated", TestKafka.header(record, "ce_type"));
        JsonNode course = JSON.readTree(record.value()).at("/course");
        assertEquals("NGO", course.at("/providerType").asText());
        assertEquals("PUBLISHED", course.at("/status").asText());
        assertEquals(2, course.at("/version").asLong());
        given().get("/api/v1/courses/" + published).then().statusCode(200)
                .header("ETag", "\"2\"").body("providerType", equalTo("NGO"));

        JsonNode archivedCourse = JSON.readTree(awaitCatalogRecords(archived, 3).get(2).value()).at("/course");
        assertEquals("NGO", archivedCourse.at("/providerType").asText());
        assertEquals("ARCHIVED", archivedCourse.at("/status").asText());
        assertEquals(3, archivedCourse.at("/version").asLong());
        // The draft shows its provider's type as it is, without a new version.
        as(Roles.CATALOG_MANAGER).get("/api/v1/courses/" + draft).then().statusCode(200)
                .header("ETag", "\"0\"").body("providerType", equalTo("NGO"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> contact(Map<String, Object> providerBody) {
        return (Map<String, Object>) providerBody.get("contact");
    }

    private static List<String> types(String courseId) {
        return catalogEventsInOutbox(courseId).stream().map(OutboxEvent::type).toList();
    }
}
