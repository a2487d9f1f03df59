package id.kompeten.evaluation.servicequality;

import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.admin;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.as;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.code;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.competency;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.employee;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.level;
import static id.kompeten.evaluation.recommendations.RecommendationTestSupport.serviceUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.EnrollmentEvent;
import id.kompeten.evaluation.messaging.EnrollmentEventsConsumer;
import id.kompeten.evaluation.profile.ProfileTestSupport;
import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service-quality answer's staff figures: the parent unit's active staff's mean level in each key competency, on
 * a hand-computed example, and the parent unit's training record over the same period.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ServiceQualityStaffTest {

    @Inject
    CompetencyProfileService profiles;

    @Test
    void keyCompetencyMeansOverTheActiveStaffWithALevelAndTheParentUnitsTrainingRecord() {
        String parent = code("DISDUKCAPIL");
        String first = competency("K1");
        String second = competency("K2");
        String third = competency("K3");
        String loket = serviceUnit("Pemerintah Kota Sibolga", parent, List.of(first, second, third));
        String a = employee(parent, "OPERATOR-SIAK", true);
        String b = employee(parent, "OPERATOR-SIAK", true);
        String c = employee(parent, "OPERATOR-SIAK", true);
        String gone = employee(parent, "OPERATOR-SIAK", false);
        level(a, first, 2);
        level(b, first, 3);
        level(gone, first, 5); // inactive: not counted
        level(a, second, 1);
        level(b, second, 2);
        level(c, second, 2);
        level(gone, second, 4);
        complete(a, parent, 16, "2026-05-12T03:00:00Z");

        JsonPath answer = as(admin()).queryParam("period", "2026-Q2")
                .get("/api/v1/service-units/{code}/service-quality", loket).then().statusCode(200)
                .extract().jsonPath();
        // first: (2 + 3) / 2 = 2.50 over 2 of the 3 active; second: (1 + 2 + 2) / 3 = 1.666… → 1.67; third: nobody.
        assertEquals(List.of(first, second, third), answer.getList("staffCompetencies.competencyCode"));
        assertEquals(List.of(2.5f, 1.67f), answer.getList("staffCompetencies.meanLevel").subList(0, 2));
        assertNull(answer.get("staffCompetencies[2].meanLevel"));
        assertEquals(List.of(2, 3, 0), answer.getList("staffCompetencies.staffWithLevel"));
        assertEquals(List.of(3, 3, 3), answer.getList("staffCompetencies.activeStaff"));

        assertEquals(parent, answer.getString("training.unitCode"));
        assertEquals("2026-Q2", answer.getString("training.period"));
        assertEquals(3, answer.getInt("training.activeStaff"));
        assertEquals(1, answer.getInt("training.staffTrained"));
        assertEquals(16, answer.getInt("training.jpDelivered"));
        assertEquals(0.3333f, answer.getFloat("training.trainedShare"));
        // The same figures the unit's own training record answers.
        Map<String, Object> record = as(admin()).queryParam("period", "2026-Q2")
                .get("/api/v1/units/{unitCode}/training-record", parent).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertEquals(record, new HashMap<>(answer.getMap("training")));
    }

    /** Enrollment's CourseCompleted for the person, applied as the consumer applies it. */
    private void complete(String nip, String unit, int jp, String completedAt) {
        ObjectNode event = ProfileTestSupport.sample(CourseCompleted.class);
        event.put("nip", nip).put("unitCode", unit).put("enrollmentId", ProfileTestSupport.id()).put("jp", jp)
                .put("completedAt", completedAt).put("supervisorNip", (String) null);
        String eventId = ProfileTestSupport.id();
        ProfileTestSupport.apply(EnrollmentEventsConsumer.CONSUMER, EnrollmentEvent.class, event.toString(),
                CourseCompleted.class, completed -> profiles.recordCompletion((CourseCompleted) completed, eventId));
    }
}
