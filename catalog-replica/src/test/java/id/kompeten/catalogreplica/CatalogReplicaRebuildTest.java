package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.awaitRecordsBefore;
import static id.kompeten.catalogreplica.ReplicaTestSupport.code;
import static id.kompeten.catalogreplica.ReplicaTestSupport.competencySample;
import static id.kompeten.catalogreplica.ReplicaTestSupport.count;
import static id.kompeten.catalogreplica.ReplicaTestSupport.id;
import static id.kompeten.catalogreplica.ReplicaTestSupport.replica;
import static id.kompeten.catalogreplica.ReplicaTestSupport.send;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sample;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sql;
import static id.kompeten.catalogreplica.ReplicaTestSupport.twoDays;
import static id.kompeten.catalogreplica.SnapshotAssertions.assertReplicaHolds;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.catalogreplica.ReplicaTestSupport.Sample;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.CourseUpdated;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.ProviderUpdated;
import id.kompeten.contracts.catalog.SessionCancelled;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.catalog.SessionScheduled;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.messaging.ProcessedEvents;
import id.kompeten.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** An operator rebuilds a lost replica from the topic through the ADMIN API, while the live consumer keeps running. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogReplicaRebuildTest {

    private static final String REBUILD = "/api/v1/replicas/catalog-replica/rebuild";
    private static final List<String> TABLES = List.of("competency_replica", "provider_replica", "course_replica",
            "course_competency_replica", "session_replica", "session_day_replica");

    @Inject
    ProcessedEvents processed;

    @Inject
    CatalogReplica catalog;

    @Test
    void emptiedReplicaIsRebuiltCompleteFromTheTopic() {
        // 15 competencies with one to three versions each (the demo catalogue has ~43 events) and a late duplicate of
        // an old version; providers, courses and sessions in several versions, one session before its course.
        Map<String, Long> latest = new LinkedHashMap<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String code = code();
            events.add(send(code, CompetencyDefined.class, competencySample(CompetencyDefined.class, code, 0, "v0")));
            for (long version = 1; version <= i % 3; version++) {
                events.add(send(code, CompetencyUpdated.class,
                        competencySample(CompetencyUpdated.class, code, version, "v" + version)));
            }
            latest.put(code, (long) (i % 3));
        }
        String lateCode = latest.keySet().stream().skip(2).findFirst().orElseThrow();
        send(lateCode, CompetencyDefined.class, competencySample(CompetencyDefined.class, lateCode, 0, "v0"));

        List<Sample<?>> aggregates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String providerId = id();
            events.add(sample(ProviderRegistered.class, providerId, 0).send());
            aggregates.add(sample(ProviderUpdated.class, providerId, 1,
                    p -> p.put("name", "Penyelenggara " + providerId)));
        }
        List<String> courseIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String courseId = id();
            courseIds.add(courseId);
            events.add(sample(CoursePublished.class, courseId, 1).send());
            int level = 1 + i;
            aggregates.add(sample(CourseUpdated.class, courseId, 2, c -> {
                c.put("title", "Pelatihan " + level);
                c.withArray("competencies").addObject().put("code", "PELAYANAN-PRIMA").put("level", level);
            }));
        }
        String courseAfterItsSession = courseIds.get(3);
        for (int i = 0; i < 5; i++) {
            String sessionId = id();
            String courseId = courseIds.get(i % 4);
            events.add(sample(SessionScheduled.class, sessionId, 0, s -> s.put("courseId", courseId)).send());
            aggregates.add(i % 2 == 0
                    ? sample(SessionOpened.class, sessionId, 1, s -> twoDays(s.put("courseId", courseId)))
                    : sample(SessionCancelled.class, sessionId, 1, s -> s.put("courseId", courseId)));
        }
        for (Sample<?> aggregate : aggregates) {
            if (!aggregate.event().aggregateId().equals(courseAfterItsSession)) {
                events.add(aggregate.send());
            }
        }
        Sample<?> lastCourse = aggregates.stream()
                .filter(aggregate -> aggregate.event().aggregateId().equals(courseAfterItsSession))
                .findFirst().orElseThrow();
        events.add(lastCourse.send());

        latest.keySet().forEach(ReplicaTestSupport::awaitRecordsBefore);
        aggregates.forEach(aggregate -> awaitRecordsBefore(aggregate.event().aggregateId()));
        assertCompetenciesHold(latest);
        aggregates.forEach(aggregate -> assertReplicaHolds(aggregate, catalog));

        // The replica is lost; its processed-event marks stay, so replaying the topic alone would skip every event.
        for (String table : TABLES) {
            sql("DELETE FROM " + table);
        }
        // And rows no event ever made, which the rebuild must empty away.
        String stray = id();
        strayRows(stray);

        given().header("Authorization", DevTokens.bearer(Roles.ADMIN))
                .when().post(REBUILD)
                .then().statusCode(200)
                .body("replica", equalTo("catalog-replica"))
                .body("topic", equalTo("training.catalog.events"))
                .body("records", greaterThanOrEqualTo(events.size() + 1))
                .body("applied", greaterThanOrEqualTo(latest.size() + aggregates.size()))
                .body("notHandled", equalTo(0))
                .body("failed", equalTo(0));

        assertCompetenciesHold(latest);
        aggregates.forEach(aggregate -> assertReplicaHolds(aggregate, catalog));
        for (String table : TABLES) {
            String key = table.startsWith("competency") ? "code" : table.startsWith("course_competency") ? "course_id"
                    : table.startsWith("session_day") ? "session_id" : "id";
            assertEquals(0, count("SELECT COUNT(*) FROM " + table + " WHERE " + key + " = ?1", stray), table);
        }
        for (String eventId : events) {
            assertEquals(1, processedCount(eventId), "recorded again, once");
        }
    }

    @Test
    void replicasAreListedForOperators() {
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN))
                .when().get("/api/v1/replicas")
                .then().statusCode(200)
                .body("name", hasItem("catalog-replica"))
                .body("find { it.name == 'catalog-replica' }.consumerGroup", equalTo("catalog-replica-test.catalog-replica"))
                .body("find { it.name == 'catalog-replica' }.tables", hasItems(TABLES.toArray(String[]::new)));
    }

    @Test
    void onlyAnAdminMayRebuild() {
        given().when().post(REBUILD).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", DevTokens.bearer(Roles.INTEGRATION))
                .when().post(REBUILD).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void unknownReplicaIsNotFound() {
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN))
                .when().post("/api/v1/replicas/no-such-replica/rebuild")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void secondRebuildWhileOneRunsIsRefused() throws SQLException {
        // Another instance rebuilding holds the database lock that makes rebuilds exclusive across instances.
        try (Connection other = connection()) {
            try (ResultSet locked = other.createStatement()
                    .executeQuery("SELECT GET_LOCK('kompeten.replica-rebuild.catalog-replica', 0)")) {
                locked.next();
                assertEquals(1, locked.getInt(1));
            }
            given().header("Authorization", DevTokens.bearer(Roles.ADMIN))
                    .when().post(REBUILD)
                    .then().statusCode(409).contentType("application/problem+json");
        }
    }

    private static void strayRows(String stray) {
        String columns = "source_version, source_updated_at, replicated_at";
        String values = "0, NOW(6), NOW(6)";
        sql("INSERT INTO competency_replica (code, name_id, name_en, type, active, " + columns + ")"
                + " VALUES (?1, 'x', 'x', 'TEKNIS', TRUE, " + values + ")", stray);
        sql("INSERT INTO provider_replica (id, name, type, active, " + columns + ")"
                + " VALUES (?1, 'x', 'NGO', TRUE, " + values + ")", stray);
        sql("INSERT INTO course_replica (id, code, title, jp, min_attendance_percent, min_post_test_score, methods,"
                + " delivery_mode, provider_id, provider_type, status, " + columns + ")"
                + " VALUES (?1, 'X', 'x', 1, 80, 70, 'LECTURE', 'ONLINE', ?1, 'NGO', 'PUBLISHED', " + values + ")",
                stray);
        sql("INSERT INTO course_competency_replica (course_id, competency_code, level) VALUES (?1, 'X', 1)", stray);
        sql("INSERT INTO session_replica (id, course_id, code, start_date, end_date, capacity, seats_taken,"
                + " enrollment_opens_on, enrollment_closes_on, region_code, region_name, status, " + columns + ")"
                + " VALUES (?1, ?1, 'X', '2027-01-01', '2027-01-01', 1, 0, '2026-12-01', '2026-12-20', '00', 'x',"
                + " 'OPEN', " + values + ")", stray);
        sql("INSERT INTO session_day_replica (session_id, day_date, jp) VALUES (?1, '2027-01-01', 1)", stray);
    }

    private static void assertCompetenciesHold(Map<String, Long> latest) {
        latest.forEach((code, version) -> {
            CompetencyReplica replica = replica(code).orElseThrow(() -> new AssertionError(code + " missing"));
            assertEquals(version, replica.sourceVersion(), code);
            assertEquals("v" + version, replica.nameId(), code);
        });
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> processed.count(CatalogEventsConsumer.CONSUMER, eventId));
    }

    private static Connection connection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
