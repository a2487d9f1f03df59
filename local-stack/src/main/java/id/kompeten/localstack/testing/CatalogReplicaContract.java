package id.kompeten.localstack.testing;

import static org.awaitility.Awaitility.await;

import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.SessionOpened;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * For services that keep a replica of the training catalogue: the producer's checked-in samples, sent to the real
 * topic, end up in this service's own replica tables through its own messaging stack (channel configuration,
 * consumer group, Liquibase changelog). A service's test extends this, annotated {@code @QuarkusTest} with
 * {@link LocalStackTestResource}.
 */
public abstract class CatalogReplicaContract {

    /** The ids in the samples, which refer to each other (a session's course, a course's provider). */
    private static final String SAMPLE_PROVIDER = "6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11";
    private static final String SAMPLE_COURSE = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01";
    private static final String SAMPLE_SESSION = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21";

    @Test
    void competencyDefinedSampleReachesThisServicesReplica() {
        String code = "SAMPLE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sample = EventSamples.json(CompetencyDefined.class).replace("\"PELAYANAN-PRIMA\"", "\"" + code + "\"");
        send(code, CompetencyDefined.class, sample);

        awaitValue("SELECT name_id FROM competency_replica WHERE code = ?", code, "Pelayanan Prima");
    }

    @Test
    void providerCourseAndSessionSamplesReachThisServicesReplicaInAnyOrder() {
        String providerId = UUID.randomUUID().toString();
        String courseId = UUID.randomUUID().toString();
        String sessionId = UUID.randomUUID().toString();
        // The session first: its course's events travel on another partition and may well come later.
        send(sessionId, SessionOpened.class, sample(SessionOpened.class, providerId, courseId, sessionId));
        awaitValue("SELECT CONCAT(course_id, ' ', status, ' ', capacity) FROM session_replica WHERE id = ?", sessionId,
                courseId + " OPEN 30");
        awaitValue("SELECT CAST(SUM(jp) AS CHAR) FROM session_day_replica WHERE session_id = ?", sessionId, "24");

        send(courseId, CoursePublished.class, sample(CoursePublished.class, providerId, courseId, sessionId));
        send(providerId, ProviderRegistered.class, sample(ProviderRegistered.class, providerId, courseId, sessionId));
        awaitValue("SELECT CONCAT(title, ' ', jp, ' ', status, ' ', provider_id) FROM course_replica WHERE id = ?",
                courseId, "Komunikasi Publik 24 PUBLISHED " + providerId);
        awaitValue("SELECT CONCAT(competency_code, ' ', level) FROM course_competency_replica WHERE course_id = ?",
                courseId, "KOMUNIKASI-PUBLIK 3");
        awaitValue("SELECT name FROM provider_replica WHERE id = ?", providerId, "Universitas Sumatera Utara");
    }

    /** The producer's sample with this test's ids in place of the sample's own. */
    private static String sample(Class<? extends DomainEvent> type, String providerId, String courseId,
            String sessionId) {
        return EventSamples.json(type).replace(SAMPLE_PROVIDER, providerId).replace(SAMPLE_COURSE, courseId)
                .replace(SAMPLE_SESSION, sessionId);
    }

    private static void send(String key, Class<? extends DomainEvent> type, String json) {
        TestKafka.sendCloudEvent(Topic.TRAINING_CATALOG.topicName(), key, Topic.typeOf(type),
                UUID.randomUUID().toString(), json);
    }

    private static void awaitValue(String query, String key, String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> value(query, key), expected::equals);
    }

    /** The first column of the first row, read straight from this service's database. */
    private static String value(String query, String key) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
