package id.kompeten.evaluation.demo;

import static id.kompeten.evaluation.profile.ProfileTestSupport.apply;
import static id.kompeten.evaluation.profile.ProfileTestSupport.competency;
import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.participant;
import static id.kompeten.evaluation.profile.ProfileTestSupport.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CatalogReplicaService;
import id.kompeten.contracts.enrollment.CourseCompleted;
import id.kompeten.contracts.participant.ParticipantEvent;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.evaluation.domain.BehaviourEvaluationRepository;
import id.kompeten.evaluation.domain.CompetencyAssessmentRepository;
import id.kompeten.evaluation.domain.CompetencyLevel;
import id.kompeten.evaluation.domain.CompetencyLevelRepository;
import id.kompeten.evaluation.domain.LevelSource;
import id.kompeten.evaluation.domain.PositionStandardRepository;
import id.kompeten.evaluation.domain.ReactionEvaluationRepository;
import id.kompeten.evaluation.service.CompetencyProfileService;
import id.kompeten.evaluation.service.EmployeeReplica;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.messaging.EventJson;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The demo's evaluation data, loaded against the demo's competencies, sessions, people and completions sent as the
 * other services would: it waits for what has not arrived, writes what it can meanwhile, and a second load changes
 * nothing. The profiles show the baseline gap and the level the course raised.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "evaluation"))
class DemoEvaluationLoaderTest {

    private static final String ANDI = "198703122010011004";

    @Inject
    DemoEvaluationLoader loader;
    @Inject
    PositionStandardRepository standards;
    @Inject
    CompetencyAssessmentRepository assessments;
    @Inject
    ReactionEvaluationRepository reactions;
    @Inject
    BehaviourEvaluationRepository behaviours;
    @Inject
    CompetencyLevelRepository levels;
    @Inject
    CompetencyProfileService profiles;
    @Inject
    EventJson eventJson;
    @Inject
    CatalogReplicaService catalog;
    @Inject
    CatalogReplica replica;
    @Inject
    EmployeeReplica employees;

    @Test
    void waitsForCompletionsWritesWhatItCanAndASecondLoadChangesNothing() throws Exception {
        DemoEvaluation demo = loader.read();
        Set<String> codes = new TreeSet<>();
        demo.standards().forEach(standard -> codes.addAll(standard.requirements().keySet()));
        codes.forEach(code -> competency(code, true));
        LocalDate today = LocalDate.now(DemoSessions.JAKARTA);
        Map<String, String> sessions = new LinkedHashMap<>();
        sessions.put("SIAK-01-SBG-00", DemoSessions.session(replica, catalog, "SIAK-01-SBG-00"));
        sessions.put("KP-01-SBG-00", DemoSessions.session(replica, catalog, "KP-01-SBG-00"));
        Map<String, String> supervisors = new LinkedHashMap<>();
        demo.baseline().levels().keySet().forEach(nip -> supervisors.put(nip, "197806302003122001"));
        supervisors.put("198806062011012004", "197911112005012002");
        supervisors.put("199209302018011003", "197911112005012002");
        supervisors.forEach((nip, supervisor) -> apply(EmployeeReplica.NAME, ParticipantEvent.class,
                participant(nip, "DISDUKCAPIL-SIBOLGA", supervisor, 1), ParticipantRegistered.class, employees::apply));

        Optional<String> waiting = loader.load();
        assertTrue(waiting.orElse("").startsWith("completion of "), "waits for enrollment's completions: " + waiting);
        assertEquals(demo.standards().size(), demo.standards().stream()
                .filter(standard -> standards.exists(standard.position())).count(), "standards written meanwhile");
        CompetencyLevel baseline = level(ANDI, "SIAK");
        assertEquals(2, baseline.level());
        assertEquals(LevelSource.ASSESSMENT, baseline.source());
        assertEquals(today.minusDays(demo.baseline().daysAgo()), baseline.obtainedOn());

        demo.reactions().forEach(reaction -> complete(reaction.nip(), sessions.get(reaction.session()),
                reaction.session().startsWith("SIAK") ? Map.of("SIAK", 3, "PELAYANAN-PRIMA", 2)
                        : Map.of("KOMUNIKASI-PUBLIK", 3),
                DemoSessions.endOf(reaction.session())));

        assertEquals(Optional.empty(), loader.load());
        assertEquals(3, level(ANDI, "SIAK").level(), "the course raised the baseline");
        assertEquals(LevelSource.COURSE, level(ANDI, "SIAK").source());
        long assessed = count(() -> assessments.count());
        long reacted = count(() -> reactions.count());
        long rated = count(() -> behaviours.count());
        assertTrue(reacted >= demo.reactions().size());
        assertTrue(rated >= demo.behaviour().size(), "the SIAK run ended over 90 days ago: its ratings are due");

        assertEquals(Optional.empty(), loader.load());
        assertEquals(assessed, count(() -> assessments.count()), "a second load changes nothing");
        assertEquals(reacted, count(() -> reactions.count()));
        assertEquals(rated, count(() -> behaviours.count()));
    }

    private CompetencyLevel level(String nip, String code) {
        return QuarkusTransaction.requiringNew().call(() -> levels.findById(new CompetencyLevel.Key(nip, code)));
    }

    private static long count(java.util.concurrent.Callable<Long> counter) {
        return QuarkusTransaction.requiringNew().call(counter);
    }

    /** Enrollment's CourseCompleted for the person in that run, through the completion consumer's service. */
    private void complete(String nip, String sessionId, Map<String, Integer> targets, LocalDate endedOn) {
        ObjectNode event = sample(CourseCompleted.class);
        event.put("nip", nip).put("enrollmentId", id()).put("sessionId", sessionId)
                .put("sessionStartDate", endedOn.minusDays(2).toString()).put("sessionEndDate", endedOn.toString())
                .put("completedAt", Instant.now().toString()).put("supervisorNip", (String) null);
        ArrayNode competencies = event.putArray("competencies");
        targets.forEach((code, level) -> competencies.addObject().put("code", code).put("level", level));
        try {
            profiles.recordCompletion(eventJson.read(event.toString(), CourseCompleted.class), id());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
