package id.kompeten.evaluation.servicequality;

import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.UNITS;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.admin;
import static id.kompeten.evaluation.servicequality.ServiceQualityTestSupport.as;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.enrollment.EnrollmentEvent;
import id.kompeten.contracts.participant.ParticipantEvent;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.evaluation.messaging.EnrollmentEventsConsumer;
import id.kompeten.evaluation.profile.ProfileTestSupport;
import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.evaluation.service.EmployeeReplica;
import id.kompeten.platform.messaging.EventInbox;
import id.kompeten.platform.messaging.EventJson;
import id.kompeten.platform.messaging.IncomingEvent;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fixtures of the scorecard and dashboard tests: staff through the participant events' handler, completions through
 * the enrollment events' inbox and handler (as the consumers apply them), standards through the API, levels in the
 * database (as StandardsTestSupport writes them).
 */
final class ReportingTestSupport {

    private ReportingTestSupport() {
    }

    /** A unit of {@code agency} under {@code parent}, created as ADMIN. */
    static String unit(String agency, String parent) {
        String code = ServiceQualityTestSupport.code("LOKET");
        as(admin()).contentType("application/json")
                .body(ServiceQualityTestSupport.unitBody(code, agency, parent, List.of()))
                .post(UNITS).then().statusCode(201);
        return code;
    }

    /** An employee of {@code unit} holding {@code position}, announced by the participant register. */
    static String employee(String unit, String position, boolean active) {
        String nip = ProfileTestSupport.nip();
        ObjectNode event = ProfileTestSupport.sample(ParticipantRegistered.class);
        ((ObjectNode) event.get("participant")).put("nip", nip).put("unitCode", unit).put("positionCode", position)
                .put("supervisorNip", (String) null).put("active", active).put("name", "Pegawai " + nip.substring(12));
        ProfileTestSupport.apply(EmployeeReplica.NAME, ParticipantEvent.class, event.toString(),
                ParticipantRegistered.class, Arc.container().instance(EmployeeReplica.class).get()::apply);
        return nip;
    }

    /** A completion of {@code jp} JP recorded for {@code unit}, applied as the enrollment consumer applies it. */
    static void completion(String nip, String unit, int jp, String completedAt) {
        ObjectNode json = ProfileTestSupport.sample(CourseCompleted.class);
        json.put("nip", nip).put("unitCode", unit).put("enrollmentId", UUID.randomUUID().toString()).put("jp", jp)
                .put("completedAt", completedAt).put("supervisorNip", (String) null).putArray("competencies");
        CourseCompleted event;
        try {
            event = Arc.container().instance(EventJson.class).get().read(json.toString(), CourseCompleted.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String eventId = UUID.randomUUID().toString();
        IncomingEvent<EnrollmentEvent> incoming = new IncomingEvent<>(eventId, Topic.typeOf(CourseCompleted.class),
                "/test", Instant.now(), event.aggregateId(), Topic.ENROLLMENT.topicName(), event);
        CompetencyProfileService profiles = Arc.container().instance(CompetencyProfileService.class).get();
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EventInbox.class).get()
                .process(EnrollmentEventsConsumer.CONSUMER, incoming,
                        applied -> profiles.recordCompletion((CourseCompleted) applied, eventId)));
    }

    /** A line of a person's profile. */
    static void level(String nip, String competency, int level) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().persist(new CompetencyLevel(nip,
                competency, new CompetencyLevel.Evidence(level, LevelSource.MANUAL, UUID.randomUUID().toString(), null,
                        null, LocalDate.of(2026, 3, 2)), Instant.now())));
    }

    /** Active competencies in the catalogue copy, codes {@code prefix-A}, {@code prefix-B}, ... */
    static List<String> competencies(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(ProfileTestSupport.competency(prefix + "-" + (char) ('A' + i), true));
        }
        return codes;
    }

    /** The position's standard: each competency at {@code level}. */
    static void standard(String position, List<String> competencies, int level) {
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (String code : competencies) {
            Map<String, Object> requirement = new LinkedHashMap<>();
            requirement.put("competencyCode", code);
            requirement.put("minLevel", level);
            requirements.add(requirement);
        }
        as(admin()).contentType("application/json")
                .body(Map.of("positionName", "Jabatan " + position, "requirements", requirements))
                .put("/api/v1/positions/" + position + "/competency-standard").then().statusCode(201);
    }

    /** A month's operational record, created as ADMIN. */
    static void operations(String unit, String month, int transactions, String waiting, int received, int resolved) {
        as(admin()).contentType("application/json")
                .body(OperationsTest.figures(transactions, waiting, "20", received, resolved))
                .put(UNITS + "/" + unit + "/operations/" + month).then().statusCode(201);
    }
}
