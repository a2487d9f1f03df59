package id.kompeten.evaluation.kirkpatrick;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.CourseCompleted.CompetencyTarget;
import id.kompeten.contracts.participant.ParticipantSnapshot;
import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fixtures of the Kirkpatrick tests: completions and employees written straight into evaluation's tables (as the
 * consumers will write them), courses sent to the catalogue topic as the catalogue's own events, and tokens.
 */
final class KirkpatrickTestSupport {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final String REACTION = "/api/v1/evaluations/reaction";
    static final String BEHAVIOUR = "/api/v1/evaluations/behaviour";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KirkpatrickTestSupport() {
    }

    /** An 18-digit number no other test uses (evaluation does not check the NIP layout). */
    static String newNip() {
        return "19" + String.format("%016d", ThreadLocalRandom.current().nextLong(1, 10_000_000_000_000_000L));
    }

    static String newUnit() {
        return "UNIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /** 10:00 in Jakarta, {@code daysAgo} calendar days before today there. */
    static Instant daysAgo(int daysAgo) {
        return LocalDate.now(JAKARTA).minusDays(daysAgo).atTime(LocalTime.of(10, 0)).atZone(JAKARTA).toInstant();
    }

    /** A completion as enrollment would announce it; change fields, then {@link #save}. */
    static final class Completion {
        String enrollmentId = id();
        String nip;
        String unitCode;
        String supervisorNip;
        String courseId;
        String sessionId;
        String courseTitle = "Komunikasi Publik dan Simulasi Presentasi";
        LocalDate sessionStart = LocalDate.now(JAKARTA).minusDays(120);
        Integer pre = 60;
        Integer post = 85;
        Instant completedAt = daysAgo(100);
        List<CompetencyTarget> competencies = new ArrayList<>(List.of(new CompetencyTarget("KOMUNIKASI-PUBLIK", 3),
                new CompetencyTarget("PELAYANAN-PRIMA", 2)));

        Completion(String nip, String unitCode, String supervisorNip, String courseId, String sessionId) {
            this.nip = nip;
            this.unitCode = unitCode;
            this.supervisorNip = supervisorNip;
            this.courseId = courseId;
            this.sessionId = sessionId;
        }

        Completion scores(Integer pre, Integer post) {
            this.pre = pre;
            this.post = post;
            return this;
        }

        /** Closed at {@code at}, on the session's last day (L3 counts from that day). */
        Completion completedAt(Instant at) {
            this.completedAt = at;
            this.sessionStart = LocalDate.ofInstant(at, JAKARTA).minusDays(2);
            return this;
        }

        /** Writes the completion row in a transaction of its own; returns the enrollment id. */
        String save() {
            CourseCompleted event = new CourseCompleted(enrollmentId, nip, unitCode, "PENGADMINISTRASI-LAYANAN",
                    "Pengadministrasi Layanan", supervisorNip, courseId, sessionId, courseTitle, id(),
                    "BPSDM Provinsi Sumatera Utara", competencies, 24, pre, post, new BigDecimal("100.00"),
                    sessionStart, sessionStart.plusDays(2), completedAt, "KMP-2026-7H3K-Q9XD-2M4T-V8RB", false);
            QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(CourseCompletionRepository.class).get()
                    .persist(new CourseCompletion(event, id(), Instant.now())));
            return enrollmentId;
        }
    }

    /** Writes (or replaces with a newer version) an employee replica row. */
    static void employee(String nip, String name, String unitCode, String supervisorNip, long version) {
        employee(nip, name, unitCode, supervisorNip, version, true);
    }

    /** Writes (or replaces with a newer version) an employee replica row, active or not (left the agency). */
    static void employee(String nip, String name, String unitCode, String supervisorNip, long version,
            boolean active) {
        ParticipantSnapshot snapshot = new ParticipantSnapshot(nip, "PNS", name, "Pemerintah Kota Sibolga", unitCode,
                "PENGADMINISTRASI-LAYANAN", "Pengadministrasi Layanan", supervisorNip, active, version, Instant.now());
        QuarkusTransaction.requiringNew().run(() -> {
            EmployeeRepository employees = Arc.container().instance(EmployeeRepository.class).get();
            Employee held = employees.findById(nip);
            if (held == null) {
                employees.persist(new Employee(snapshot, Instant.now()));
            } else {
                held.update(snapshot, Instant.now());
            }
        });
    }

    /** Sends the course as the catalogue publishes it and waits until evaluation's replica holds it. */
    static void publishCourse(String courseId) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(EventSamples.json(CoursePublished.class));
        ObjectNode course = (ObjectNode) root.get("course");
        course.put("id", courseId).put("code", "C-" + courseId.substring(0, 8)).put("version", System.nanoTime());
        TestKafka.sendCloudEvent(Topic.TRAINING_CATALOG.topicName(), courseId, Topic.typeOf(CoursePublished.class),
                id(), JSON.writeValueAsString(root));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> QuarkusTransaction
                .requiringNew().call(() -> Arc.container().instance(id.kompeten.catalogreplica.CatalogReplica.class)
                        .get().course(courseId).isPresent()));
    }

    static RequestSpecification as(String role, String nip, String unit) {
        String token = nip == null ? DevTokens.bearer(role) : DevTokens.bearer(role, nip, unit);
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    static RequestSpecification as(DevIdentity identity) {
        return given().header("Authorization", DevTokens.bearer(identity)).contentType(ContentType.JSON);
    }

    static String reaction(String enrollmentId, Object content, Object trainer, Object relevance, Object facilities) {
        ObjectNode body = JSON.createObjectNode().put("enrollmentId", enrollmentId);
        body.set("content", JSON.valueToTree(content));
        body.set("trainer", JSON.valueToTree(trainer));
        body.set("relevance", JSON.valueToTree(relevance));
        body.set("facilities", JSON.valueToTree(facilities));
        return body.toString();
    }

    /** A behaviour rating body: pairs of competency code and rating. */
    static String behaviour(String enrollmentId, Object... codeAndRating) {
        ObjectNode body = JSON.createObjectNode().put("enrollmentId", enrollmentId)
                .put("comment", "Lebih percaya diri");
        var ratings = body.putArray("ratings");
        for (int i = 0; i < codeAndRating.length; i += 2) {
            ObjectNode rating = ratings.addObject().put("competencyCode", (String) codeAndRating[i]);
            rating.set("rating", JSON.valueToTree(codeAndRating[i + 1]));
            rating.put("comment", "catatan " + codeAndRating[i]);
        }
        return body.toString();
    }
}
