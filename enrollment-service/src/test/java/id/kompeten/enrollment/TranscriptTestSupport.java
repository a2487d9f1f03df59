package id.kompeten.enrollment;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.enrollment.domain.CertificateNumber;
import id.kompeten.enrollment.domain.Completion;
import id.kompeten.enrollment.domain.CompletionRepository;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantRepository;
import id.kompeten.localstack.testing.TestKafka;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Fixtures of the transcript, compliance and SIASN tests. Catalogue records travel the real way (CloudEvents on the
 * catalogue topic into the replica); completions and confirmed enrollments are written straight through the
 * repositories, since no service on this branch decides them yet (the completion and lifecycle services are built in
 * parallel).
 */
public final class TranscriptTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TranscriptTestSupport() {
    }

    /** A new competency of the type (TEKNIS, MANAJERIAL, SOSIAL_KULTURAL) in the replica; returns its code. */
    public static String competency(String type) {
        String code = "TR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        ObjectNode event = sample(CompetencyDefined.class);
        ((ObjectNode) event.get("competency")).put("code", code).put("type", type);
        send(code, CompetencyDefined.class, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> read(catalog -> catalog.competency(code).isPresent()));
        return code;
    }

    /** A new published course in the replica; returns its id. */
    public static String course(String title, int jp, List<String> methods, String deliveryMode,
            String... competencyCodes) {
        String id = UUID.randomUUID().toString();
        ObjectNode event = sample(CoursePublished.class);
        ObjectNode course = (ObjectNode) event.get("course");
        course.put("id", id).put("title", title).put("jp", jp).put("deliveryMode", deliveryMode);
        ArrayNode methodNodes = course.putArray("methods");
        methods.forEach(methodNodes::add);
        ArrayNode competencies = course.putArray("competencies");
        for (String code : competencyCodes) {
            competencies.addObject().put("code", code).put("level", 3);
        }
        send(id, CoursePublished.class, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> read(catalog -> catalog.course(id).isPresent()));
        return id;
    }

    /** A new session of the course in the replica, from start to end; returns its id. */
    public static String session(String courseId, LocalDate start, LocalDate end) {
        String id = UUID.randomUUID().toString();
        ObjectNode event = sample(SessionOpened.class);
        ObjectNode session = (ObjectNode) event.get("session");
        session.put("id", id).put("courseId", courseId).put("startDate", start.toString())
                .put("endDate", end.toString()).put("enrollmentOpensOn", start.minusDays(30).toString())
                .put("enrollmentClosesOn", start.minusDays(7).toString());
        ArrayNode schedule = session.putArray("schedule");
        schedule.addObject().put("date", start.toString()).put("jp", 8).put("topic", "Hari pertama");
        if (!end.equals(start)) {
            schedule.addObject().put("date", end.toString()).put("jp", 8).put("topic", "Hari terakhir");
        }
        send(id, SessionOpened.class, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> read(catalog -> catalog.session(id).isPresent()));
        return id;
    }

    /** Writes a COMPLETED enrollment and its completion record; returns the certificate number. */
    public static String completed(String nip, String courseId, String title, String provider, int jp,
            LocalDate start, LocalDate end) {
        CertificateNumber certificate = CertificateNumber.generate(end.getYear());
        decide(nip, courseId, title, provider, jp, start, end, certificate);
        return certificate.value();
    }

    /** Writes a FAILED enrollment and its completion record. */
    public static void failed(String nip, String courseId, String title, int jp, LocalDate start, LocalDate end) {
        decide(nip, courseId, title, "BPSDM Provinsi Sumatera Utara", jp, start, end, null);
    }

    /** Writes a CONFIRMED enrollment of the person in the session (of the course). */
    public static void confirmed(String nip, String courseId, String sessionId) {
        QuarkusTransaction.requiringNew().run(() -> {
            Participant participant = bean(ParticipantRepository.class).findById(nip);
            Enrollment enrollment = new Enrollment(sessionId, courseId, participant, nip, false, Instant.now());
            enrollment.confirm(Instant.now(), "supervisor");
            bean(EnrollmentRepository.class).persist(enrollment);
        });
    }

    private static void decide(String nip, String courseId, String title, String provider, int jp, LocalDate start,
            LocalDate end, CertificateNumber certificate) {
        QuarkusTransaction.requiringNew().run(() -> {
            Participant participant = bean(ParticipantRepository.class).findById(nip);
            String sessionId = UUID.randomUUID().toString();
            Instant now = Instant.now();
            Enrollment enrollment = new Enrollment(sessionId, courseId, participant, nip, false, now);
            enrollment.confirm(now, "supervisor");
            Completion.Person person = new Completion.Person(enrollment.id(), nip, participant.name(),
                    participant.unitCode(), participant.positionCode(), participant.positionName());
            Completion.CourseRun run = new Completion.CourseRun(sessionId, courseId, title, null, provider, jp, start,
                    end);
            Completion.Results results = new Completion.Results(new BigDecimal("100.00"), 55, 85);
            Completion completion;
            if (certificate != null) {
                enrollment.complete(now, "admin");
                completion = Completion.completed(person, run, results, certificate, null, false, now, "admin");
            } else {
                enrollment.fail(now, "admin", "POST_TEST_BELOW_PASS_SCORE");
                completion = Completion.failed(person, run, results, "POST_TEST_BELOW_PASS_SCORE", false, now, "admin");
            }
            bean(EnrollmentRepository.class).persist(enrollment);
            bean(CompletionRepository.class).persist(completion);
        });
    }

    private static boolean read(java.util.function.Predicate<CatalogReplica> check) {
        return QuarkusTransaction.requiringNew().call(() -> check.test(bean(CatalogReplica.class)));
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }

    private static ObjectNode sample(Class<? extends DomainEvent> type) {
        try {
            return (ObjectNode) JSON.readTree(EventSamples.json(type));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(String key, Class<? extends DomainEvent> type, ObjectNode event) {
        TestKafka.sendCloudEvent(Topic.TRAINING_CATALOG.topicName(), key, Topic.typeOf(type),
                UUID.randomUUID().toString(), event.toString());
    }
}
