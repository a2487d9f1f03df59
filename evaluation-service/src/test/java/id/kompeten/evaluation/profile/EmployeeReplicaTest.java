package id.kompeten.evaluation.profile;

import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.nip;
import static id.kompeten.evaluation.profile.ProfileTestSupport.participant;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.kompeten.contracts.Topic;
import id.kompeten.evaluation.config.EmployeeReplicaConfig;
import id.kompeten.contracts.participant.ParticipantChanged;
import id.kompeten.contracts.participant.ParticipantRegistered;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.evaluation.service.EmployeeReplica;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.testing.TestKafka;
import id.kompeten.localstack.tokens.DevTokens;
import id.kompeten.platform.messaging.ProcessedEvents;
import id.kompeten.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The employee replica from the participant register's samples on the real enrollment.participants topic. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class EmployeeReplicaTest {

    private static final String TOPIC = Topic.ENROLLMENT_PARTICIPANTS.topicName();

    @Inject
    EmployeeRepository employees;

    @Inject
    ProcessedEvents processed;

    @Inject
    EmployeeReplicaConfig groupConfig;

    @Test
    void newerSnapshotsReplaceTheRowAndOlderOnesAreIgnored() {
        String nip = nip();
        send(nip, ParticipantRegistered.class, participant(nip, "DISDUKCAPIL-SIBOLGA", null, 1));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> employee(nip) != null);

        send(nip, ParticipantChanged.class, participant(nip, "DINKES-SIBOLGA", "197806302003122001", 3));
        String older = send(nip, ParticipantChanged.class, participant(nip, "KECAMATAN-MULYOREJO", null, 2));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> processedCount(older) == 1);

        Employee employee = employee(nip);
        assertEquals("DINKES-SIBOLGA", employee.unitCode());
        assertEquals("197806302003122001", employee.supervisorNip());
        assertEquals(3, employee.sourceVersion());
        assertEquals("Pegawai " + nip.substring(12), employee.name());
    }

    @Test
    void theReplicaIsListedAndRebuiltThroughThePlatformsEndpoints() {
        String nip = nip();
        send(nip, ParticipantRegistered.class, participant(nip, "DISDUKCAPIL-SIBOLGA", null, 1));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> employee(nip) != null);
        String admin = DevTokens.bearer(Roles.ADMIN);
        given().header("Authorization", admin).get("/api/v1/replicas").then().statusCode(200)
                .body("name", hasItem(EmployeeReplica.NAME));
        QuarkusTransaction.requiringNew().run(() -> employees.deleteById(nip));
        assertNull(employee(nip));

        given().header("Authorization", admin).post("/api/v1/replicas/{name}/rebuild", EmployeeReplica.NAME).then()
                .statusCode(200).body("replica", equalTo(EmployeeReplica.NAME));
        assertEquals("DISDUKCAPIL-SIBOLGA", employee(nip).unitCode());
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheGroupIsTheConfiguredOne() {
        String nip = nip();
        TestKafka.sendCloudEvent(TOPIC, nip, Topic.typeOf(ParticipantRegistered.class), id(), "{ not json");
        TestKafka.send(TOPIC, nip, participant(nip, "DISDUKCAPIL-SIBOLGA", null, 1), Map.of());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.readAll(Topic.ENROLLMENT_PARTICIPANTS.deadLetterTopicName(),
                        record -> nip.equals(record.key())), found -> found.size() == 2);

        String group = groupConfig.consumerGroup();
        assertEquals("evaluation-service.employees", group);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.committedOffsets(group, TOPIC) > 0);
    }

    private static String send(String nip, Class<? extends id.kompeten.contracts.DomainEvent> type, String json) {
        return TestKafka.sendCloudEvent(TOPIC, nip, Topic.typeOf(type), id(), json);
    }

    private Employee employee(String nip) {
        return QuarkusTransaction.requiringNew().call(() -> employees.findById(nip));
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> processed.count(EmployeeReplica.NAME, eventId));
    }
}
