package id.kompeten.training.bench;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.enrollment.SeatsChanged;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.training.TrainingTestSupport;
import id.kompeten.training.messaging.EnrollmentEventsConsumer;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long enrollment's seat count takes to show in the public catalogue: from handing a {@code SeatsChanged} to a
 * Kafka producer (kept open, as enrollment's outbox relay keeps one) to {@code GET /api/v1/sessions/{id}} showing the
 * seats (polled every few milliseconds), and to the resulting {@code SessionUpdated} shipped to the catalogue topic by
 * the outbox relay. One count at a time, each changing the seats (OPEN ⇄ FULL). Not part of {@code mvn verify}; run
 * it with {@code mvn verify -pl training-service -am -Pbenchmark -Dtest=SeatCountLatencyBenchmarkTest}.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class SeatCountLatencyBenchmarkTest {

    private static final int WARM_UP = 5;
    private static final int RUNS = 20;
    private static final int CAPACITY = 20;

    @Test
    void fromSeatsChangedToThePublicRead() throws Exception {
        String courseId = TrainingTestSupport.createPublishedCourse(8, "CLASSROOM");
        Map<String, Object> body = TrainingTestSupport.sessionBody(TrainingTestSupport.uniqueCode("LAT"),
                LocalDate.of(2027, 3, 1), 8, "CLASSROOM");
        body.put("capacity", CAPACITY);
        String id = TrainingTestSupport.scheduleSession(courseId, body);
        TrainingTestSupport.sessionAction(id, "open");

        List<Double> acked = new ArrayList<>();
        List<Double> received = new ArrayList<>();
        List<Double> stored = new ArrayList<>();
        List<Double> oneGet = new ArrayList<>();
        List<Double> visible = new ArrayList<>();
        List<Double> shipped = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int i = 1; i <= WARM_UP + RUNS; i++) {
                int seats = i % 2 == 0 ? CAPACITY : CAPACITY - 1;
                ProducerRecord<String, String> record = new ProducerRecord<>(Topic.ENROLLMENT.topicName(), id,
                        TrainingTestSupport.seatsChangedSample(id, seats, CAPACITY, i));
                String eventId = UUID.randomUUID().toString();
                Map.of("ce_specversion", "1.0", "ce_id", eventId,
                        "ce_type", Topic.typeOf(SeatsChanged.class), "ce_source", "/enrollment-service",
                        "ce_time", Instant.now().toString(), "ce_subject", id, "content-type", "application/json")
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                int updatesShipped = i;
                Instant wallStart = Instant.now();
                long start = System.nanoTime();
                var sent = producer.send(record);
                sent.get();
                long ack = System.nanoTime();
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1)).pollDelay(Duration.ZERO)
                        .until(() -> seatsTaken(id) == seats);
                long committed = System.nanoTime();
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2)).pollDelay(Duration.ZERO)
                        .until(() -> given().get("/api/v1/sessions/" + id).jsonPath().getInt("seatsTaken") == seats);
                long seen = System.nanoTime();
                long getStart = System.nanoTime();
                given().get("/api/v1/sessions/" + id).then().statusCode(200);
                long getEnd = System.nanoTime();
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5)).pollDelay(Duration.ZERO)
                        .until(() -> shippedUpdates(id) >= updatesShipped);
                long out = System.nanoTime();
                if (i > WARM_UP) {
                    received.add(Duration.between(wallStart, processedAt(eventId)).toNanos() / 1e6);
                    acked.add((ack - start) / 1e6);
                    stored.add((committed - start) / 1e6);
                    oneGet.add((getEnd - getStart) / 1e6);
                    visible.add((seen - start) / 1e6);
                    shipped.add((out - start) / 1e6);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nSeat count latency, %d counts after %d warm-up, ms: %-9s %9s %9s %9s%n",
                RUNS, WARM_UP, "", "p50", "p95", "max");
        print("broker acknowledged the SeatsChanged", acked);
        print("consumer took it up (processed_event.processed_at)", received);
        print("committed: seats_taken in the database (polled every ms)", stored);
        print("GET /api/v1/sessions/{id} shows the seats", visible);
        print("  one GET alone (the resolution of the line above)", oneGet);
        print("SessionUpdated shipped to training.catalog.events", shipped);
    }

    private static int seatsTaken(String sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT seats_taken FROM course_session WHERE id = ?1")
                .setParameter(1, sessionId).getSingleResult()).intValue());
    }

    private static Instant processedAt(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object at = Panache.getEntityManager()
                    .createNativeQuery("SELECT processed_at FROM processed_event WHERE consumer = ?1 AND event_id = ?2")
                    .setParameter(1, EnrollmentEventsConsumer.CONSUMER).setParameter(2, eventId).getSingleResult();
            return at instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                    : ((java.time.LocalDateTime) at).toInstant(java.time.ZoneOffset.UTC);
        });
    }

    private static long shippedUpdates(String sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT COUNT(*) FROM outbox_event WHERE event_key = ?1"
                        + " AND event_type = 'SessionUpdated' AND sent_at IS NOT NULL")
                .setParameter(1, sessionId).getSingleResult()).longValue());
    }

    private static void print(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "  %-60s %9.1f %9.1f %9.1f%n", what, percentile(sorted, 50),
                percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
