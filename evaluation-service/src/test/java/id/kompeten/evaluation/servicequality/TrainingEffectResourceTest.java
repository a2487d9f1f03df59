package id.kompeten.evaluation.servicequality;

import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.UNITS;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.admin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.as;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.code;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.integration;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.supervisor;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unitAdmin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.unitBody;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.value;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.evaluation.domain.TrainingEffect;
import id.kompeten.evaluation.profile.ProfileTestSupport;
import id.kompeten.evaluation.service.TrainingEffectService;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import jakarta.inject.Inject;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * L4 through the API: units, surveys and operational records sent as clients send them, completions as enrollment
 * announces them on the real topic, then the course's effectiveness and the unit's training effect, against figures
 * worked by hand. M is the current month (Asia/Jakarta); an agency of its own keeps other tests' units out.
 *
 * <pre>
 * Units: T (parent ORG-T, [KTP-el]), C (ORG-C, [KTP-el]), P (ORG-P, [Paspor]).
 * Course: S1 days 10-12 of M-5, completed by ORG-T: before M-8..M-6, after M-4..M-2, COMPLETE; treated T,
 *         comparison C (same agency and type; P shares no type). S2 days 10-12 of M-1, completed by ORG-P: after
 *         starts with M, PENDING; treated P, no comparison. Course status PARTIAL.
 * SKM (30 respondents each): T before (M-7) all 3: 25 x 27 / 9 = 75.00; after (M-3) U1-U4 4, the rest 3:
 *         25 x 31 / 9 = 86.111.. = 86.11; change 11.11. T's 30 all-1 responses of M-5 (the session month) are
 *         ignored. C before all 3: 75.00; after U1 4, the rest 3: 25 x 28 / 9 = 77.777.. = 77.78; change 2.78.
 *         DiD = 11.11 - 2.78 = 8.33.
 * Operations: T before 3 x (100 transactions, 20.00 min, 5 complaints): 20.00 min, 15 x 1000 / 300 = 50.00;
 *         after 3 x (100, 14.00, 2): 14.00, 20.00; changes -6.00, -30.00.
 *         C before 3 x (100, 15.00, 3): 15.00, 30.00; after (100, 15.00, 3), (100, 15.00, 3), (200, 12.00, 3):
 *         (1500 + 1500 + 2400) / 400 = 13.50, 9 x 1000 / 400 = 22.50; changes -1.50, -7.50.
 *         DiD waiting -6.00 + 1.50 = -4.50; complaints -30.00 + 7.50 = -22.50.
 * Pooled course: the same figures (P's pending observation counts nowhere), 2 treated and 1 comparison observations.
 * Another course, completed by ORG-P in M-5: P is treated, nothing compares (no other Paspor unit): DiD null.
 * </pre>
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class TrainingEffectResourceTest {

    @Inject
    TrainingEffectService effects;

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    private static final int[] ALL_THREE = {3, 3, 3, 3, 3, 3, 3, 3, 3};

    private final YearMonth m = YearMonth.now(JAKARTA);
    private final String agency = "Kota Uji " + UUID.randomUUID();
    private final String orgT = code("ORG");
    private final String orgC = code("ORG");
    private final String orgP = code("ORG");
    private final String courseId = UUID.randomUUID().toString();
    private final String s1 = UUID.randomUUID().toString();
    private final String s2 = UUID.randomUUID().toString();

    @Test
    void theCourseAndTheUnitShowTheHandWorkedDifferenceInDifferences() {
        String t = unit(orgT, "KTP-el");
        String c = unit(orgC, "KTP-el");
        unit(orgP, "Paspor");
        survey(t, m.minusMonths(7), ALL_THREE);
        survey(t, m.minusMonths(3), new int[] {4, 4, 4, 4, 3, 3, 3, 3, 3});
        survey(t, m.minusMonths(5), new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1});
        survey(c, m.minusMonths(7), ALL_THREE);
        survey(c, m.minusMonths(3), new int[] {4, 3, 3, 3, 3, 3, 3, 3, 3});
        for (int back = 8; back >= 6; back--) {
            operations(t, m.minusMonths(back), 100, "20.00", 5);
            operations(c, m.minusMonths(back), 100, "15.00", 3);
        }
        for (int back = 4; back >= 2; back--) {
            operations(t, m.minusMonths(back), 100, "14.00", 2);
        }
        operations(c, m.minusMonths(4), 100, "15.00", 3);
        operations(c, m.minusMonths(3), 100, "15.00", 3);
        operations(c, m.minusMonths(2), 200, "12.00", 3);
        complete(orgT, s1, m.minusMonths(5));
        complete(orgT, s1, m.minusMonths(5));
        complete(orgP, s2, m.minusMonths(1));
        String other = UUID.randomUUID().toString();
        complete(other, orgP, UUID.randomUUID().toString(), m.minusMonths(5));

        JsonPath course = as(ServiceQualityTestSupport.admin()).config(DECIMALS)
                .get("/api/v1/courses/{id}/effectiveness", courseId).then().statusCode(200).extract().jsonPath();
        String o = "overall.results.";
        assertEquals("PARTIAL", course.getString(o + "status"));
        assertEquals(2, course.getInt(o + "treatedObservations"));
        assertEquals(1, course.getInt(o + "comparisonObservations"));
        assertFalse(course.getMap(o).containsKey("window"));
        assertDecimal(course, o + "ikm.treated.meanChange", "11.11");
        assertDecimal(course, o + "ikm.comparison.meanChange", "2.78");
        assertDecimal(course, o + "ikm.differenceInDifferences", "8.33");
        assertEquals(30, course.getInt(o + "ikm.treated.respondentsBefore"));
        assertDecimal(course, o + "meanWaitingMinutes.differenceInDifferences", "-4.50");
        assertDecimal(course, o + "complaintsPerThousand.differenceInDifferences", "-22.50");

        assertEquals(List.of(s1, s2), course.getList("sessions.sessionId"));
        String r1 = "sessions[0].figures.results.";
        assertEquals("COMPLETE", course.getString(r1 + "status"));
        assertEquals(m.minusMonths(8).toString(), course.getString(r1 + "window.beforeFirst"));
        assertEquals(m.minusMonths(2).toString(), course.getString(r1 + "window.afterLast"));
        assertEquals(3, course.getInt(r1 + "window.afterMonthsComplete"));
        assertEquals(List.of(t, c), course.getList(r1 + "units.unitCode"));
        assertEquals(List.of("TREATED", "COMPARISON"), course.getList(r1 + "units.group"));
        assertDecimal(course, r1 + "units[0].ikm.before", "75.00");
        assertDecimal(course, r1 + "units[0].ikm.after", "86.11");
        assertDecimal(course, r1 + "units[0].meanWaitingMinutes.change", "-6.00");
        assertDecimal(course, r1 + "units[0].complaintsPerThousand.before", "50.00");
        assertDecimal(course, r1 + "units[1].ikm.after", "77.78");
        assertDecimal(course, r1 + "units[1].meanWaitingMinutes.after", "13.50");
        assertDecimal(course, r1 + "units[1].complaintsPerThousand.after", "22.50");
        assertDecimal(course, r1 + "ikm.differenceInDifferences", "8.33");
        String r2 = "sessions[1].figures.results.";
        assertEquals("PENDING", course.getString(r2 + "status"));
        assertEquals(0, course.getInt(r2 + "window.afterMonthsComplete"));
        assertNull(course.get(r2 + "ikm.differenceInDifferences"));

        // Units are listed one by one only as far as the caller reads unit figures; the group figures stay.
        JsonPath own = as(supervisor(orgT)).config(DECIMALS).get("/api/v1/courses/{id}/effectiveness", courseId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(t), own.getList(r1 + "units.unitCode"));
        assertDecimal(own, r1 + "ikm.comparison.meanChange", "2.78");
        JsonPath catalogue = as(DevIdentity.system(Roles.CATALOG_MANAGER)).config(DECIMALS)
                .get("/api/v1/courses/{id}/effectiveness", courseId).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), catalogue.getList(r1 + "units"));
        assertDecimal(catalogue, r1 + "ikm.differenceInDifferences", "8.33");

        JsonPath unit = as(admin()).config(DECIMALS).get(UNITS + "/{code}/training-effect", t).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(t, unit.getString("unitCode"));
        assertEquals(List.of(s1), unit.getList("sessions.sessionId"));
        assertEquals(courseId, unit.getString("sessions[0].courseId"));
        assertEquals("COMPLETE", unit.getString("sessions[0].status"));
        assertDecimal(unit, "sessions[0].unit.ikm.change", "11.11");
        assertFalse(unit.getBoolean("sessions[0].unit.tooFewRespondents"));
        assertDecimal(unit, "sessions[0].comparison.ikm.meanChange", "2.78");
        assertEquals(1, unit.getInt("sessions[0].comparison.ikm.units"));
        assertDecimal(unit, "sessions[0].differenceInDifferences.ikm", "8.33");
        assertDecimal(unit, "sessions[0].differenceInDifferences.meanWaitingMinutes", "-4.50");
        assertDecimal(unit, "sessions[0].differenceInDifferences.complaintsPerThousand", "-22.50");

        // The comparison unit was treated by no session; its own admin and supervisor may read it.
        as(unitAdmin(orgC)).get(UNITS + "/{code}/training-effect", c).then().statusCode(200)
                .body("sessions.size()", org.hamcrest.Matchers.equalTo(0));
        as(supervisor(orgT)).get(UNITS + "/{code}/training-effect", t).then().statusCode(200);
        as(DevIdentity.system(Roles.EVALUATOR)).get(UNITS + "/{code}/training-effect", t).then().statusCode(200);
        as(integration()).get(UNITS + "/{code}/training-effect", t).then().statusCode(200);

        // The agency's courses at once: this course (8.33) before the other, whose only unit P has no comparison.
        List<TrainingEffect.CourseEffect> ranked = effects.coursesOfAgency(agency);
        assertEquals(List.of(courseId, other), ranked.stream().map(TrainingEffect.CourseEffect::courseId).toList());
        assertEquals("8.33", ranked.get(0).effects().ikm().differenceInDifferences().toPlainString());
        assertEquals("-4.50", ranked.get(0).effects().meanWaitingMinutes().differenceInDifferences().toPlainString());
        assertEquals(TrainingEffect.Status.PARTIAL, ranked.get(0).status());
        assertNull(ranked.get(1).effects().ikm().differenceInDifferences());
        assertEquals(TrainingEffect.Status.COMPLETE, ranked.get(1).status());
        assertEquals(List.of(), effects.coursesOfAgency("No such agency " + UUID.randomUUID()));

        // The agency's dashboard ranks the same way; the unit's scorecard lists the session that treated it.
        JsonPath dashboard = as(admin()).config(DECIMALS).queryParam("agency", agency)
                .get("/api/v1/dashboard/overview").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(courseId, other), dashboard.getList("coursesByEffect.courseId"));
        assertEquals(List.of("PARTIAL", "COMPLETE"), dashboard.getList("coursesByEffect.status"));
        assertEquals(2, dashboard.getInt("coursesByEffect[0].treatedObservations"));
        assertDecimal(dashboard, "coursesByEffect[0].ikm.differenceInDifferences", "8.33");
        assertDecimal(dashboard, "coursesByEffect[0].meanWaitingMinutes.differenceInDifferences", "-4.50");
        assertDecimal(dashboard, "coursesByEffect[0].complaintsPerThousand.differenceInDifferences", "-22.50");
        assertNull(dashboard.get("coursesByEffect[1].ikm.differenceInDifferences"));
        JsonPath scorecard = as(admin()).config(DECIMALS).get(UNITS + "/{code}/scorecard", t).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(s1), scorecard.getList("trainingEffects.sessionId"));
        assertDecimal(scorecard, "trainingEffects[0].unit.ikm.change", "11.11");
        assertDecimal(scorecard, "trainingEffects[0].differenceInDifferences.ikm", "8.33");
        assertEquals(List.of(), as(admin()).get(UNITS + "/{code}/scorecard", c).then().statusCode(200).extract()
                .jsonPath().getList("trainingEffects"));
    }

    @Test
    void unknownUnitsAndOtherReadersAreRefused() {
        String t = unit(orgT, "KTP-el");
        as(admin()).get(UNITS + "/{code}/training-effect", "NO-SUCH-UNIT").then().statusCode(404)
                .contentType("application/problem+json");
        as(DevIdentity.person(Roles.PARTICIPANT, "199001012020011001", orgT))
                .get(UNITS + "/{code}/training-effect", t).then().statusCode(403)
                .contentType("application/problem+json");
        as(unitAdmin(orgC)).get(UNITS + "/{code}/training-effect", t).then().statusCode(403);
        assertEquals(List.of(), effects.coursesOfAgency(agency), "units, but no completion");
    }

    @Test
    void aCourseWhoseCompletersServeNoUnitSaysSo() {
        complete(code("ORG"), s1, m.minusMonths(5));
        as(admin()).get("/api/v1/courses/{id}/effectiveness", courseId).then().statusCode(200)
                .body("overall.results.status", org.hamcrest.Matchers.equalTo("NO_SERVICE_UNITS"))
                .body("overall.results.ikm.differenceInDifferences", org.hamcrest.Matchers.nullValue())
                .body("sessions[0].figures.results.status", org.hamcrest.Matchers.equalTo("NO_SERVICE_UNITS"))
                .body("sessions[0].figures.results.units.size()", org.hamcrest.Matchers.equalTo(0));
    }

    private String unit(String parent, String serviceType) {
        String code = code("LOKET");
        Map<String, Object> body = unitBody(code, agency, parent, List.of());
        body.put("serviceTypes", List.of(serviceType));
        as(admin()).contentType("application/json").body(body).post(UNITS).then().statusCode(201);
        return code;
    }

    /** 30 responses on the 15th of the month, each with these scores. */
    private static void survey(String unit, YearMonth month, int[] scores) {
        int[][] rows = new int[30][];
        Arrays.fill(rows, scores);
        ServiceQualityTestSupport.submit(integration(), unit,
                ServiceQualityTestSupport.batch(month.atDay(15).toString(), rows)).then().statusCode(201);
    }

    private static void operations(String unit, YearMonth month, int transactions, String waiting, int complaints) {
        Map<String, Object> body = Map.of("transactions", transactions, "meanWaitingMinutes",
                new BigDecimal(waiting), "meanProcessingMinutes", new BigDecimal("20.00"), "complaintsReceived",
                complaints, "complaintsResolved", complaints);
        as(admin()).contentType("application/json").body(body)
                .put(UNITS + "/{code}/operations/{period}", unit, month.toString()).then().statusCode(201);
    }

    private void complete(String org, String session, YearMonth month) {
        complete(courseId, org, session, month);
    }

    /** A completion of the course's session (days 10-12 of the month) by staff of {@code org}, on the real topic. */
    private static void complete(String courseId, String org, String session, YearMonth month) {
        String enrollment = UUID.randomUUID().toString();
        LocalDate end = month.atDay(12);
        ObjectNode event = ProfileTestSupport.sample(CourseCompleted.class);
        event.put("nip", ProfileTestSupport.nip()).put("unitCode", org).put("enrollmentId", enrollment)
                .put("courseId", courseId).put("sessionId", session).put("supervisorNip", (String) null)
                .put("sessionStartDate", month.atDay(10).toString()).put("sessionEndDate", end.toString())
                .put("completedAt", end.atTime(LocalTime.of(10, 0)).atZone(JAKARTA).toInstant().toString());
        TestKafka.sendCloudEvent(Topic.ENROLLMENT.topicName(), enrollment, Topic.typeOf(CourseCompleted.class),
                UUID.randomUUID().toString(), event.toString());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> enrollment.equals(
                value("SELECT enrollment_id FROM course_completion WHERE enrollment_id = ?1", enrollment)));
    }

    private static void assertDecimal(JsonPath json, String path, String expected) {
        Object actual = json.get(path);
        if (actual == null) {
            throw new AssertionError(path + ": expected " + expected + " but was null");
        }
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())),
                path + ": expected " + expected + " but was " + actual);
    }
}
