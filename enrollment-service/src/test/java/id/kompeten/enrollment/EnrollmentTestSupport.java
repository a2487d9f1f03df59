package id.kompeten.enrollment;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.SessionCancelled;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.catalog.SessionUpdated;
import id.kompeten.localstack.testing.TestKafka;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Catalogue fixtures for enrollment tests: courses and sessions sent as the catalogue's own events (the producer's
 * samples with the test's values) to the real topic, and awaited in this service's replica, so every test goes the
 * way production does, SessionReplicaChanged included.
 */
public final class EnrollmentTestSupport {

    public static final String ENROLLMENTS = "/api/v1/enrollments";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EnrollmentTestSupport() {
    }

    /** A session as the catalogue describes it; change fields, then {@link #publish}. */
    public static final class Session {
        public final String id = UUID.randomUUID().toString();
        public String code = "S-" + id.substring(0, 8);
        public final String courseId;
        public String courseStatus = "PUBLISHED";
        public int capacity = 10;
        public LocalDate start = LocalDate.now(ParticipantTestSupport.ZONE).plusDays(30);
        public int days = 3;
        public LocalDate opensOn = LocalDate.now(ParticipantTestSupport.ZONE).minusDays(1);
        public LocalDate closesOn = LocalDate.now(ParticipantTestSupport.ZONE).plusDays(20);
        public String status = "OPEN";
        public String cancellationReason;
        public long version = 0;
        public int courseJp = 24;

        public Session() {
            this.courseId = UUID.randomUUID().toString();
        }

        /** Sends the course and the session (next version) and waits until the replica holds both. */
        public Session publish() {
            publishCourse();
            return publishSession();
        }

        public Session publishCourse() {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(EventSamples.json(CoursePublished.class));
                ObjectNode course = (ObjectNode) root.get("course");
                course.put("id", courseId);
                course.put("code", "C-" + courseId.substring(0, 8));
                course.put("status", courseStatus);
                course.put("jp", courseJp);
                course.put("version", System.nanoTime());
                send(courseId, CoursePublished.class, JSON.writeValueAsString(root));
                awaitValue("SELECT status FROM course_replica WHERE id = ?", courseId, courseStatus);
                return this;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        public Session publishSession() {
            try {
                version++;
                ObjectNode root = (ObjectNode) JSON.readTree(EventSamples.json(SessionOpened.class));
                ObjectNode session = (ObjectNode) root.get("session");
                session.put("id", id);
                session.put("courseId", courseId);
                session.put("code", code);
                session.put("startDate", start.toString());
                session.put("endDate", start.plusDays(days - 1).toString());
                ArrayNode schedule = session.putArray("schedule");
                for (int i = 0; i < days; i++) {
                    schedule.addObject().put("date", start.plusDays(i).toString()).put("jp", courseJp / days)
                            .put("topic", "Hari " + (i + 1));
                }
                session.put("capacity", capacity);
                session.put("enrollmentOpensOn", opensOn.toString());
                session.put("enrollmentClosesOn", closesOn.toString());
                session.put("status", status);
                session.put("cancellationReason", cancellationReason);
                session.put("version", version);
                // The catalogue's type for the change (the replica takes every session type alike).
                send(id, switch (status) {
                    case "OPEN" -> SessionOpened.class;
                    case "CANCELLED" -> SessionCancelled.class;
                    default -> SessionUpdated.class;
                }, JSON.writeValueAsString(root));
                awaitValue("SELECT CAST(source_version AS CHAR) FROM session_replica WHERE id = ?", id,
                        String.valueOf(version));
                return this;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void send(String key, Class<? extends DomainEvent> type, String json) {
        TestKafka.sendCloudEvent(Topic.TRAINING_CATALOG.topicName(), key, Topic.typeOf(type),
                UUID.randomUUID().toString(), json);
    }

    public static void awaitValue(String query, String key, String expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> value(query, key), expected::equals);
    }

    /** The first column of the first row, read straight from this service's database. */
    public static String value(String query, String key) throws SQLException {
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    public static Connection connection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
