package id.kompeten.evaluation.recommendations;

import static id.kompeten.evaluation.profile.ProfileTestSupport.apply;
import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.sample;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.catalogreplica.CatalogReplicaService;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.participant.ParticipantEvent;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.evaluation.profile.ProfileTestSupport;
import id.kompeten.evaluation.service.EmployeeReplica;
import id.kompeten.evaluation.servicequality.ServiceQualityTestSupport;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fixtures of the recommendation and service-quality staff tests: catalogue records and people applied the way their
 * consumers apply the producers' samples (ProfileTestSupport), service units, surveys and standards through the API.
 */
public final class RecommendationTestSupport {

    public static final String UNITS = "/api/v1/service-units";
    public static final String MAPS = "/api/v1/skm-competency-maps/";

    private RecommendationTestSupport() {
    }

    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static RequestSpecification as(DevIdentity identity) {
        return given().header("Authorization", DevTokens.bearer(identity));
    }

    public static DevIdentity admin() {
        return DevIdentity.system(Roles.ADMIN);
    }

    public static String recommendations(String unit) {
        return "/api/v1/units/" + unit + "/training-recommendations";
    }

    /** A service unit of {@code agency} under the organisational unit {@code parent}, created as ADMIN. */
    public static String serviceUnit(String agency, String parent, List<String> keyCompetencies) {
        String code = code("LOKET");
        as(admin()).contentType("application/json")
                .body(ServiceQualityTestSupport.unitBody(code, agency, parent, keyCompetencies)).post(UNITS).then()
                .statusCode(201);
        return code;
    }

    /** Survey responses of one day, each row the scores U1..U9. */
    public static void survey(String serviceUnit, LocalDate date, int[]... rows) {
        List<Map<String, Object>> responses = new ArrayList<>();
        for (int[] row : rows) {
            Map<String, Object> scores = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                scores.put("U" + (i + 1), row[i]);
            }
            responses.add(Map.of("date", date.toString(), "serviceType", "KTP-el", "scores", scores));
        }
        as(admin()).contentType("application/json").body(Map.of("responses", responses))
                .post(UNITS + "/{code}/surveys", serviceUnit).then().statusCode(201);
    }

    /** Nine scores: 4 everywhere but {@code element} (1-9), which gets {@code score}. */
    public static int[] allFourBut(int element, int score) {
        int[] scores = {4, 4, 4, 4, 4, 4, 4, 4, 4};
        scores[element - 1] = score;
        return scores;
    }

    /** An active competency in the catalogue copy. */
    public static String competency(String prefix) {
        return ProfileTestSupport.competency(code(prefix), true);
    }

    /** A published course developing these competencies (code, level, ...). */
    public static String course(String title, Object... codeAndLevel) {
        String id = id();
        ObjectNode event = sample(CoursePublished.class);
        ObjectNode course = (ObjectNode) event.get("course");
        course.put("id", id).put("code", "C-" + id.substring(0, 8)).put("title", title).put("version", 1);
        ArrayNode competencies = course.putArray("competencies");
        for (int i = 0; i < codeAndLevel.length; i += 2) {
            competencies.addObject().put("code", (String) codeAndLevel[i]).put("level", (Integer) codeAndLevel[i + 1]);
        }
        catalog(event.toString(), CoursePublished.class);
        return id;
    }

    /** A session of the course starting {@code start} (three days), with this status; enrollment closes a week before. */
    public static String session(String courseId, LocalDate start, String status) {
        String id = id();
        ObjectNode event = sample(SessionOpened.class);
        ObjectNode session = (ObjectNode) event.get("session");
        session.put("id", id).put("courseId", courseId).put("code", code("S")).put("status", status)
                .put("startDate", start.toString()).put("endDate", start.plusDays(2).toString())
                .put("enrollmentOpensOn", start.minusDays(60).toString())
                .put("enrollmentClosesOn", start.minusDays(7).toString()).put("capacity", 30).put("seatsTaken", 18);
        ArrayNode schedule = session.putArray("schedule");
        for (int day = 0; day < 3; day++) {
            schedule.addObject().put("date", start.plusDays(day).toString()).put("jp", 8).put("topic", "Hari " + day);
        }
        catalog(event.toString(), SessionOpened.class);
        return id;
    }

    /** An employee of {@code unit} holding {@code position}, active or not. */
    public static String employee(String unit, String position, boolean active) {
        String nip = ProfileTestSupport.nip();
        ObjectNode event = sample(ParticipantRegistered.class);
        ((ObjectNode) event.get("participant")).put("nip", nip).put("unitCode", unit).put("positionCode", position)
                .put("active", active).put("supervisorNip", (String) null).put("name", "Pegawai " + nip.substring(12));
        apply(EmployeeReplica.NAME, ParticipantEvent.class, event.toString(), ParticipantRegistered.class,
                Arc.container().instance(EmployeeReplica.class).get()::apply);
        return nip;
    }

    /** A line of a person's profile. */
    public static void level(String nip, String competency, int level) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().persist(new CompetencyLevel(nip,
                competency, new CompetencyLevel.Evidence(level, LevelSource.ASSESSMENT, id(), null, null,
                        LocalDate.of(2026, 3, 2)), Instant.now())));
    }

    /** A position standard (code, min level, ...), created as ADMIN. */
    public static void standard(String position, Object... codeAndLevel) {
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (int i = 0; i < codeAndLevel.length; i += 2) {
            requirements.add(Map.of("competencyCode", codeAndLevel[i], "minLevel", codeAndLevel[i + 1]));
        }
        as(admin()).contentType("application/json")
                .body(Map.of("positionName", "Jabatan " + position, "requirements", requirements))
                .put("/api/v1/positions/{code}/competency-standard", position).then().statusCode(201);
    }

    private static void catalog(String json, Class<? extends CatalogEvent> type) {
        apply(CatalogReplicaService.NAME, CatalogEvent.class, json, type,
                Arc.container().instance(CatalogReplicaService.class).get()::apply);
    }
}
