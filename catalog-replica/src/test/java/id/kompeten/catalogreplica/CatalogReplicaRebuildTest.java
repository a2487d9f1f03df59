package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.awaitRecordsBefore;
import static id.kompeten.catalogreplica.ReplicaTestSupport.code;
import static id.kompeten.catalogreplica.ReplicaTestSupport.competencySample;
import static id.kompeten.catalogreplica.ReplicaTestSupport.replica;
import static id.kompeten.catalogreplica.ReplicaTestSupport.send;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sql;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.contracts.catalog.CoursePublished;
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
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** An operator rebuilds a lost replica from the topic through the ADMIN API, while the live consumer keeps running. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class CatalogReplicaRebuildTest {

    private static final String REBUILD = "/api/v1/replicas/catalog-replica/rebuild";

    @Inject
    ProcessedEvents processed;

    @Test
    void emptiedReplicaIsRebuiltCompleteFromTheTopic() {
        // 15 competencies with one to three versions each (the demo catalogue has ~43 events), a late duplicate of an
        // old version and a course event the replica does not keep.
        Map<String, Long> latest = new LinkedHashMap<>();
        List<String> competencyEvents = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String code = code();
            competencyEvents.add(send(code, CompetencyDefined.class, competencySample(CompetencyDefined.class, code, 0, "v0")));
            for (long version = 1; version <= i % 3; version++) {
                competencyEvents.add(send(code, CompetencyUpdated.class,
                        competencySample(CompetencyUpdated.class, code, version, "v" + version)));
            }
            latest.put(code, (long) (i % 3));
        }
        String lateCode = latest.keySet().stream().skip(2).findFirst().orElseThrow();
        send(lateCode, CompetencyDefined.class, competencySample(CompetencyDefined.class, lateCode, 0, "v0"));
        String courseId = UUID.randomUUID().toString();
        String courseEvent = send(courseId, CoursePublished.class, EventSamples.json(CoursePublished.class));
        latest.keySet().forEach(ReplicaTestSupport::awaitRecordsBefore);
        awaitRecordsBefore(courseId);
        assertReplicaHolds(latest);

        // The replica is lost; its processed-event marks stay, so replaying the topic alone would skip every event.
        sql("DELETE FROM competency_replica");

        given().header("Authorization", DevTokens.bearer(Roles.ADMIN))
                .when().post(REBUILD)
                .then().statusCode(200)
                .body("replica", equalTo("catalog-replica"))
                .body("topic", equalTo("training.catalog.events"))
                .body("records", greaterThanOrEqualTo(competencyEvents.size() + 2))
                .body("applied", greaterThanOrEqualTo(latest.size()))
                .body("notHandled", greaterThanOrEqualTo(1));

        assertReplicaHolds(latest);
        for (String eventId : competencyEvents) {
            assertEquals(1, processedCount(eventId), "recorded again, once");
        }
        assertEquals(0, processedCount(courseEvent), "still open for a replica version that keeps courses");
    }

    @Test
    void replicasAreListedForOperators() {
        given().header("Authorization", DevTokens.bearer(Roles.ADMIN))
                .when().get("/api/v1/replicas")
                .then().statusCode(200)
                .body("name", hasItem("catalog-replica"))
                .body("find { it.name == 'catalog-replica' }.consumerGroup", equalTo("catalog-replica-test.catalog-replica"))
                .body("find { it.name == 'catalog-replica' }.tables", hasItem("competency_replica"));
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

    private static void assertReplicaHolds(Map<String, Long> latest) {
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
