package id.kompeten.enrollment;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.SessionUpdated;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.localstack.testing.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Fixtures of the attendance, scores and completion tests: a course and session of the catalogue sent through the real
 * topic into the replica, and CONFIRMED enrollments of newly registered participants (stored directly: how people get
 * confirmed is the lifecycle's tests' business). A bean, so tests inject it.
 */
@ApplicationScoped
public class CompletionTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogReplica catalog;
    private final EntityManager entityManager;

    CompletionTestSupport(CatalogReplica catalog, EntityManager entityManager) {
        this.catalog = catalog;
        this.entityManager = entityManager;
    }

    /** A course and a session of it in the replica. */
    public record Run(String providerId, String courseId, String sessionId, List<LocalDate> days) {
    }

    /**
     * A course of {@code days} × 8 JP with the pass rules (null: the defaults) and a RUNNING session whose last day is
     * {@code lastDay}, one day after another; waits until the replica holds all three.
     */
    public Run session(int days, LocalDate lastDay, Integer minAttendance, Integer minPostScore) {
        return session(days, lastDay, minAttendance, minPostScore, "RUNNING");
    }

    public Run session(int days, LocalDate lastDay, Integer minAttendance, Integer minPostScore, String status) {
        String providerId = UUID.randomUUID().toString();
        String courseId = UUID.randomUUID().toString();
        String sessionId = UUID.randomUUID().toString();
        List<LocalDate> dates = new ArrayList<>();
        for (int i = days - 1; i >= 0; i--) {
            dates.add(lastDay.minusDays(i));
        }
        try {
            ObjectNode provider = (ObjectNode) JSON.readTree(EventSamples.json(ProviderRegistered.class));
            ((ObjectNode) provider.get("provider")).put("id", providerId);
            send(providerId, ProviderRegistered.class, provider);

            ObjectNode course = (ObjectNode) JSON.readTree(EventSamples.json(CoursePublished.class));
            ObjectNode c = (ObjectNode) course.get("course");
            c.put("id", courseId).put("providerId", providerId).put("jp", days * 8);
            ObjectNode rules = (ObjectNode) c.get("passRules");
            if (minAttendance != null) {
                rules.put("minAttendancePercent", minAttendance);
            }
            if (minPostScore != null) {
                rules.put("minPostTestScore", minPostScore);
            }
            send(courseId, CoursePublished.class, course);

            ObjectNode session = (ObjectNode) JSON.readTree(EventSamples.json(SessionUpdated.class));
            ObjectNode s = (ObjectNode) session.get("session");
            s.put("id", sessionId).put("courseId", courseId).put("status", status)
                    .put("startDate", dates.get(0).toString()).put("endDate", lastDay.toString())
                    .put("enrollmentOpensOn", dates.get(0).minusDays(30).toString())
                    .put("enrollmentClosesOn", dates.get(0).minusDays(1).toString())
                    .put("capacity", 1000);
            ArrayNode schedule = s.putArray("schedule");
            for (LocalDate date : dates) {
                schedule.addObject().put("date", date.toString()).put("jp", 8).put("topic", "Hari " + date);
            }
            send(sessionId, SessionUpdated.class, session);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> catalog.provider(providerId).isPresent()
                        && catalog.course(courseId).isPresent()
                        && catalog.session(sessionId).filter(x -> x.days().size() == days).isPresent()));
        return new Run(providerId, courseId, sessionId, List.copyOf(dates));
    }

    /** A newly registered participant of the unit (with the supervisor, may be null), CONFIRMED in the session. */
    public Enrollment confirmed(Run run, String unit, String supervisorNip) {
        String nip = ParticipantTestSupport.registerIn(unit, supervisorNip);
        return enroll(run, nip, EnrollmentStatus.CONFIRMED);
    }

    /** The participant's enrollment in the session, stored with the status (REQUESTED, CONFIRMED or WAITLISTED). */
    public Enrollment enroll(Run run, String nip, EnrollmentStatus status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Participant participant = entityManager.find(Participant.class, nip);
            Instant now = Instant.now();
            Enrollment enrollment = new Enrollment(run.sessionId(), run.courseId(), participant, nip, false, now);
            if (status == EnrollmentStatus.CONFIRMED) {
                enrollment.confirm(now, "test");
            } else if (status == EnrollmentStatus.WAITLISTED) {
                enrollment.waitlist(now, "test");
            }
            entityManager.persist(enrollment);
            return enrollment;
        });
    }

    /** The enrollment's status as stored now. */
    public EnrollmentStatus status(String enrollmentId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(Enrollment.class, enrollmentId).status());
    }

    /** The enrollment's version as stored now (its ETag's value). */
    public long version(String enrollmentId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(Enrollment.class, enrollmentId).version());
    }

    public static Map<String, Object> day(String nip, LocalDate date, String status) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("nip", nip);
        entry.put("date", date.toString());
        entry.put("status", status);
        return entry;
    }

    public static Map<String, Object> score(String nip, String kind, Object score) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("nip", nip);
        entry.put("kind", kind);
        entry.put("score", score);
        return entry;
    }

    /** Attendance entries marking the participant present on the first {@code present} days and absent on the rest. */
    public static List<Map<String, Object>> presentOn(String nip, List<LocalDate> days, int present) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            entries.add(day(nip, days.get(i), i < present ? "PRESENT" : "ABSENT"));
        }
        return entries;
    }

    public static String sessions(Run run) {
        return "/api/v1/sessions/" + run.sessionId();
    }

    /** Records of a type on enrollment.events whose key is one of these enrollments. */
    public static List<ConsumerRecord<String, String>> events(Class<? extends DomainEvent> type,
            java.util.Collection<String> keys) {
        return TestKafka.readAll(Topic.ENROLLMENT.topicName(),
                record -> keys.contains(record.key()) && Topic.typeOf(type).equals(TestKafka.header(record, "ce_type")));
    }

    private static void send(String key, Class<? extends DomainEvent> type, ObjectNode body) {
        TestKafka.sendCloudEvent(Topic.TRAINING_CATALOG.topicName(), key, Topic.typeOf(type),
                UUID.randomUUID().toString(), body.toString());
    }
}
