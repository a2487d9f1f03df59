package id.kompeten.evaluation.kirkpatrick;

import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.BEHAVIOUR;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.JAKARTA;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.REACTION;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.as;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.behaviour;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.daysAgo;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.employee;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.id;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.newNip;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.newUnit;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.publishCourse;
import static id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.reaction;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.evaluation.kirkpatrick.KirkpatrickTestSupport.Completion;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.security.Roles;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A course's effectiveness on the worked example of the notes (default 90-day L3 wait), and a person's evaluations.
 * <pre>
 * session A (first): a1 pre 60 post 85, L1 4/5/4/3, L3 KOM 4 PEL 3    completed 100 days ago
 *                    a2 pre 100 post 100, L1 5/5/5/5, L3 due           completed 100 days ago
 *                    a3 no pre, post 80, no L1, L3 KOM 2 PEL 5         completed 100 days ago
 * session B:         b1 pre 40 post 70, L1 3/4/3/2                     completed 10 days ago (L3 pending)
 *                    b2 pre 50 post 100, no L1                         completed 10 days ago (L3 pending)
 * </pre>
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "evaluation"))
class EffectivenessTest {

    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    final String unit = newUnit();
    final String supervisor = newNip();
    final String courseId = id();
    final String sessionA = id();
    final String sessionB = id();
    final LocalDate today = LocalDate.now(JAKARTA);

    private String complete(String nip, String sessionId, Integer pre, Integer post, int daysAgo, int sessionAge) {
        employee(nip, "Pegawai " + nip.substring(12), unit, supervisor, 1);
        Completion completion = new Completion(nip, unit, supervisor, courseId, sessionId).scores(pre, post)
                .completedAt(daysAgo(daysAgo));
        completion.sessionStart = today.minusDays(sessionAge);
        return completion.save();
    }

    private void react(String nip, String enrollmentId, int content, int trainer, int relevance, int facilities) {
        as(Roles.PARTICIPANT, nip, unit).body(reaction(enrollmentId, content, trainer, relevance, facilities))
                .post(REACTION).then().statusCode(201);
    }

    private void rate(String enrollmentId, int kom, int pel) {
        as(Roles.SUPERVISOR, supervisor, unit).body(behaviour(enrollmentId, "KOMUNIKASI-PUBLIK", kom,
                "PELAYANAN-PRIMA", pel)).post(BEHAVIOUR).then().statusCode(201);
    }

    private static void assertDecimal(JsonPath json, String path, String expected) {
        Object actual = json.get(path);
        if (expected == null) {
            assertEquals(null, actual, path);
        } else {
            assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), path + " was " + actual);
        }
    }

    @Test
    void theWorkedExample() {
        String p1 = newNip();
        String p2 = newNip();
        String p3 = newNip();
        String p4 = newNip();
        String p5 = newNip();
        String a1 = complete(p1, sessionA, 60, 85, 100, 110);
        String a2 = complete(p2, sessionA, 100, 100, 100, 110);
        String a3 = complete(p3, sessionA, null, 80, 100, 110);
        String b1 = complete(p4, sessionB, 40, 70, 10, 15);
        String b2 = complete(p5, sessionB, 50, 100, 10, 15);
        react(p1, a1, 4, 5, 4, 3);
        react(p2, a2, 5, 5, 5, 5);
        react(p4, b1, 3, 4, 3, 2);
        rate(a1, 4, 3);
        rate(a3, 2, 5);

        JsonPath json = as(Roles.EVALUATOR, newNip(), "BKPSDM-SIBOLGA").config(DECIMALS)
                .get("/api/v1/courses/" + courseId + "/effectiveness").then().statusCode(200).extract().jsonPath();
        assertEquals(courseId, json.getString("courseId"));
        assertEquals("Komunikasi Publik dan Simulasi Presentasi", json.getString("courseTitle"));

        String o = "overall.";
        assertEquals(5, json.getInt(o + "completions"));
        assertEquals(3, json.getInt(o + "reaction.responses"));
        assertDecimal(json, o + "reaction.responseRate", "0.6");
        assertEquals(false, json.getBoolean(o + "reaction.meansHidden"));
        assertDecimal(json, o + "reaction.meanContent", "4.00");
        assertDecimal(json, o + "reaction.meanTrainer", "4.67");
        assertDecimal(json, o + "reaction.meanRelevance", "4.00");
        assertDecimal(json, o + "reaction.meanFacilities", "3.33");
        assertDecimal(json, o + "reaction.meanOverall", "4.00");
        assertEquals(4, json.getInt(o + "learning.measured"));
        assertEquals(1, json.getInt(o + "learning.scoresMissing"));
        assertDecimal(json, o + "learning.meanPreScore", "62.50");
        assertDecimal(json, o + "learning.meanPostScore", "88.75");
        assertDecimal(json, o + "learning.meanGain", "26.25");
        assertEquals(3, json.getInt(o + "learning.normalisedGainDefined"));
        assertEquals(1, json.getInt(o + "learning.normalisedGainUndefined"));
        assertDecimal(json, o + "learning.meanNormalisedGain", "0.7083");
        assertEquals(3, json.getInt(o + "behaviour.dueOrRated"));
        assertEquals(2, json.getInt(o + "behaviour.rated"));
        assertDecimal(json, o + "behaviour.responseRate", "0.6667");
        assertDecimal(json, o + "behaviour.meanRating", "3.50");
        assertEquals(List.of("KOMUNIKASI-PUBLIK", "PELAYANAN-PRIMA"),
                json.getList(o + "behaviour.competencies.competencyCode"));
        assertEquals(List.of(2, 2), json.getList(o + "behaviour.competencies.ratings"));
        assertDecimal(json, o + "behaviour.competencies[0].meanRating", "3.00");
        assertDecimal(json, o + "behaviour.competencies[1].meanRating", "4.00");
        assertEquals("NO_SERVICE_UNITS", json.getString(o + "results.status"), "no service unit under the unit");
        assertEquals(0, json.getInt(o + "results.treatedObservations"));
        assertEquals(null, json.getString(o + "results.ikm.differenceInDifferences"));

        assertEquals(List.of(sessionA, sessionB), json.getList("sessions.sessionId"));
        String a = "sessions[0].figures.";
        assertEquals(3, json.getInt(a + "completions"));
        assertEquals(2, json.getInt(a + "reaction.responses"));
        assertDecimal(json, a + "reaction.responseRate", "0.6667");
        // Two answers are fewer than the three a mean needs to keep them anonymous (4.50, 5.00, 4.50, 4.00 hidden).
        assertEquals(true, json.getBoolean(a + "reaction.meansHidden"));
        assertDecimal(json, a + "reaction.meanContent", null);
        assertDecimal(json, a + "reaction.meanTrainer", null);
        assertDecimal(json, a + "reaction.meanRelevance", null);
        assertDecimal(json, a + "reaction.meanFacilities", null);
        assertDecimal(json, a + "reaction.meanOverall", null);
        assertEquals(2, json.getInt(a + "learning.measured"));
        assertEquals(1, json.getInt(a + "learning.scoresMissing"));
        assertDecimal(json, a + "learning.meanPreScore", "80.00");
        assertDecimal(json, a + "learning.meanPostScore", "92.50");
        assertDecimal(json, a + "learning.meanGain", "12.50");
        assertEquals(1, json.getInt(a + "learning.normalisedGainDefined"));
        assertEquals(1, json.getInt(a + "learning.normalisedGainUndefined"));
        assertDecimal(json, a + "learning.meanNormalisedGain", "0.6250");
        assertEquals(3, json.getInt(a + "behaviour.dueOrRated"));
        assertEquals(2, json.getInt(a + "behaviour.rated"));
        assertDecimal(json, a + "behaviour.responseRate", "0.6667");
        assertDecimal(json, a + "behaviour.meanRating", "3.50");

        String b = "sessions[1].figures.";
        assertEquals(2, json.getInt(b + "completions"));
        assertEquals(1, json.getInt(b + "reaction.responses"));
        assertDecimal(json, b + "reaction.responseRate", "0.5");
        assertEquals(true, json.getBoolean(b + "reaction.meansHidden"));
        assertDecimal(json, b + "reaction.meanOverall", null);
        assertDecimal(json, b + "reaction.meanFacilities", null);
        assertEquals(2, json.getInt(b + "learning.measured"));
        assertEquals(0, json.getInt(b + "learning.scoresMissing"));
        assertDecimal(json, b + "learning.meanPreScore", "45.00");
        assertDecimal(json, b + "learning.meanPostScore", "85.00");
        assertDecimal(json, b + "learning.meanGain", "40.00");
        assertEquals(2, json.getInt(b + "learning.normalisedGainDefined"));
        assertEquals(0, json.getInt(b + "learning.normalisedGainUndefined"));
        assertDecimal(json, b + "learning.meanNormalisedGain", "0.75");
        assertEquals(0, json.getInt(b + "behaviour.dueOrRated"));
        assertEquals(0, json.getInt(b + "behaviour.rated"));
        assertDecimal(json, b + "behaviour.responseRate", null);
        assertDecimal(json, b + "behaviour.meanRating", null);
        assertEquals(List.of(), json.getList(b + "behaviour.competencies"));

        // No comment or personal datum anywhere in the aggregate.
        String text = json.prettify();
        for (String personal : new String[] {p1, p2, p3, p4, p5, supervisor, "Lebih percaya diri", "catatan"}) {
            assertEquals(false, text.contains(personal), personal);
        }
    }

    @Test
    void staffReadItParticipantsDoNotAndUnknownCoursesAre404() throws Exception {
        String nip = newNip();
        complete(nip, sessionA, 60, 85, 100, 110);
        String path = "/api/v1/courses/" + courseId + "/effectiveness";
        for (String role : new String[] {Roles.ADMIN, Roles.EVALUATOR, Roles.CATALOG_MANAGER, Roles.UNIT_ADMIN,
            Roles.SUPERVISOR}) {
            as(role, newNip(), unit).get(path).then().statusCode(200).body("overall.completions", equalTo(1));
        }
        as(Roles.INTEGRATION, null, null).get(path).then().statusCode(200);
        as(Roles.PARTICIPANT, nip, unit).get(path).then().statusCode(403);

        as(Roles.ADMIN, newNip(), unit).get("/api/v1/courses/" + id() + "/effectiveness").then().statusCode(404)
                .contentType("application/problem+json");
        // A course the catalogue announced but nobody completed yet: zeros, nulls and no session.
        String announced = id();
        publishCourse(announced);
        as(Roles.ADMIN, newNip(), unit).get("/api/v1/courses/" + announced + "/effectiveness").then()
                .statusCode(200).body("overall.completions", equalTo(0))
                .body("overall.reaction.responseRate", nullValue())
                .body("overall.learning.meanNormalisedGain", nullValue())
                .body("overall.behaviour.responseRate", nullValue())
                .body("courseTitle", not(nullValue()))
                .body("sessions", empty());
    }

    @Test
    void aPersonSeesWhatIsPendingOfTheirEvaluations() {
        String nip = newNip();
        String old = complete(nip, sessionA, 100, 95, 100, 110);
        String recent = complete(nip, sessionB, null, 90, 10, 15);
        react(nip, old, 4, 4, 4, 4);
        String path = "/api/v1/employees/" + nip + "/evaluations";

        as(Roles.PARTICIPANT, nip, unit).config(DECIMALS).get(path).then().statusCode(200)
                .body("nip", equalTo(nip))
                .body("items.enrollmentId", contains(recent, old))
                .body("items.reaction.submitted", contains(false, true))
                .body("items[0].reaction.submittedAt", nullValue())
                .body("items.learning.status", contains("SCORES_MISSING", "NORMALISED_GAIN_UNDEFINED"))
                .body("items[1].learning.gain", equalTo(-5))
                .body("items[1].learning.normalisedGain", nullValue())
                .body("items[0].learning.gain", nullValue())
                .body("items.behaviour.status", contains("PENDING", "DUE"))
                // 90 days after each session's last day (its third), however long after it the close came.
                .body("items.behaviour.dueOn", contains(today.minusDays(15 - 2).plusDays(90).toString(),
                        today.minusDays(110 - 2).plusDays(90).toString()))
                .body("items.completedOn", contains(today.minusDays(10).toString(), today.minusDays(100).toString()));

        rate(old, 3, 3);
        as(Roles.SUPERVISOR, supervisor, unit).get(path).then().statusCode(200)
                .body("items.behaviour.status", contains("PENDING", "RATED"));
        as(Roles.UNIT_ADMIN, newNip(), unit).get(path).then().statusCode(200);
        as(Roles.PARTICIPANT, newNip(), unit).get(path).then().statusCode(404);
        as(Roles.UNIT_ADMIN, newNip(), newUnit()).get(path).then().statusCode(404);
        as(Roles.PARTICIPANT, newNip(), unit).get("/api/v1/employees/" + newNip() + "/evaluations").then()
                .statusCode(404);
    }

    @Test
    void aMeasuredCompletionShowsItsNormalisedGain() {
        String nip = newNip();
        complete(nip, sessionA, 60, 85, 5, 10);
        as(Roles.PARTICIPANT, nip, unit).config(DECIMALS).get("/api/v1/employees/" + nip + "/evaluations").then()
                .statusCode(200).body("items[0].learning.status", equalTo("MEASURED"))
                .body("items[0].learning.gain", equalTo(25))
                .body("items[0].learning.normalisedGain", comparesEqualTo(new BigDecimal("0.625")));
    }
}
