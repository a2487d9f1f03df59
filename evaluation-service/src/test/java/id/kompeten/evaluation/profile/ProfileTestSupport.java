package id.kompeten.evaluation.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.catalogreplica.CatalogReplicaService;
import id.kompeten.contracts.DomainEvent;
import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.participant.ParticipantEvent;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.evaluation.service.EmployeeReplica;
import id.kompeten.platform.messaging.EventInbox;
import id.kompeten.platform.messaging.EventJson;
import id.kompeten.platform.messaging.IncomingEvent;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fixtures of the profile tests: people, competencies and completions built from the producers' samples. */
public final class ProfileTestSupport {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private ProfileTestSupport() {
    }

    /** A fresh 18-digit number (evaluation takes numbers as enrollment announced them, unchecked). */
    public static String nip() {
        return "19870312" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
    }

    public static String code() {
        return "KOMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    /** A competency in this service's catalogue copy, applied the way its consumer applies the sample. */
    public static String competency(String code, boolean active) {
        ObjectNode event = sample(CompetencyDefined.class);
        ((ObjectNode) event.get("competency")).put("code", code).put("active", active);
        apply(CatalogReplicaService.NAME, CatalogEvent.class, event.toString(), CompetencyDefined.class,
                Arc.container().instance(CatalogReplicaService.class).get()::apply);
        return code;
    }

    /** A person in the employee replica, applied the way its consumer applies the register's sample. */
    public static void employee(String nip, String unitCode, String supervisorNip) {
        apply(EmployeeReplica.NAME, ParticipantEvent.class, participant(nip, unitCode, supervisorNip, 1),
                ParticipantRegistered.class, Arc.container().instance(EmployeeReplica.class).get()::apply);
    }

    /** The register's ParticipantRegistered sample for this person. */
    public static String participant(String nip, String unitCode, String supervisorNip, long version) {
        ObjectNode event = sample(ParticipantRegistered.class);
        ObjectNode participant = (ObjectNode) event.get("participant");
        participant.put("nip", nip).put("unitCode", unitCode).put("supervisorNip", supervisorNip)
                .put("version", version).put("name", "Pegawai " + nip.substring(12));
        return event.toString();
    }

    /** Enrollment's CourseCompleted sample for this person, completion and one competency target. */
    public static CourseCompleted completion(String nip, String enrollmentId, String code, int level, Instant completedAt) {
        return read(completionJson(nip, enrollmentId, code, level, completedAt), CourseCompleted.class);
    }

    public static String completionJson(String nip, String enrollmentId, String code, int level, Instant completedAt) {
        ObjectNode event = sample(CourseCompleted.class);
        event.put("nip", nip).put("enrollmentId", enrollmentId).put("completedAt", completedAt.toString())
                .put("unitCode", "DISDUKCAPIL-SIBOLGA").put("supervisorNip", (String) null);
        ArrayNode competencies = event.putArray("competencies");
        competencies.addObject().put("code", code).put("level", level);
        return event.toString();
    }

    public static ObjectNode sample(Class<? extends DomainEvent> type) {
        try {
            return (ObjectNode) JSON.readTree(EventSamples.json(type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return Arc.container().instance(EventJson.class).get().read(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies the event JSON through the inbox, as the named consumer would, in a transaction of its own. */
    public static <E extends DomainEvent> void apply(String consumer, Class<E> family, String json,
            Class<? extends E> type, java.util.function.Function<E, id.kompeten.platform.messaging.EffectOutcome> effect) {
        E event = family.cast(read(json, type));
        IncomingEvent<E> incoming = new IncomingEvent<>(id(), Topic.typeOf(type), "/test", Instant.now(),
                event.aggregateId(), Topic.of(type).topicName(), event);
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EventInbox.class).get()
                .process(consumer, incoming, effect));
    }
}
