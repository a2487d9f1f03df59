package id.kompeten.localstack.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.contracts.TopicDefinition;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every service must show once started against the real database and broker. A service's test extends this,
 * annotated {@code @QuarkusTest} with {@link LocalStackTestResource}; {@link SelfTestConsumer} is the
 * service-side consumer it checks.
 */
public abstract class ServiceStartupContract {

    public static final String SELF_TEST_CHANNEL = "kompeten-selftest";

    /** The self-test topic, which {@link LocalStackTestResource} creates because the broker creates none on first use. */
    public static final TopicDefinition SELF_TEST_TOPIC = TopicDefinition.deleted(SELF_TEST_CHANNEL, 1, Duration.ofDays(1));

    /** The health group with Kafka's state, which readiness leaves out. */
    public static final String KAFKA_HEALTH = "/q/health/group/kafka";

    /** The OpenAPI title the service must publish. */
    protected abstract String expectedApiTitle();

    @Inject
    SelfTestConsumer selfTestConsumer;

    @Test
    void readinessIsUpAndCoversTheDatabaseButNotKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", not(hasItem(containsStringIgnoringCase("Kafka"))))
                .body("checks.name", not(hasItem(containsStringIgnoringCase("messaging"))))
                .body("checks.findAll { it.status != 'UP' }.size()", equalTo(0));
    }

    @Test
    void kafkaHealthGroupReportsBrokerChannelsAndOutbox() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().get(KAFKA_HEALTH).statusCode() == 200);
        given().when().get(KAFKA_HEALTH)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka broker", "Kafka channels", "Outbox"));
    }

    @Test
    void readinessStaysUpWhileKafkaIsDown() {
        TestStackControl.stopKafka();
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> given().get(KAFKA_HEALTH).statusCode() == 503);
            given().when().get(KAFKA_HEALTH).then()
                    .body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("DOWN"));
            // Requests are served (writes go to the outbox), so the instance stays in the load balancer.
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            TestStackControl.startKafka();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().get(KAFKA_HEALTH).statusCode() == 200);
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentDescribesTheService() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(expectedApiTitle()))
                .body("info.version", not(emptyOrNullString()))
                .body("info.description", not(emptyOrNullString()))
                .body("info.contact.name", not(emptyOrNullString()))
                .body("servers.url", hasItem(containsString("http")));
    }

    /** operationIds, examples against their schemas, security requirements: see {@link OpenApiContract}. */
    @Test
    void openApiDocumentIsReadyForClientGenerators() {
        OpenApiContract.assertReadyForClientGenerators();
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server"));
    }

    @Test
    void liquibaseMigratedTheServiceDatabase() throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                ResultSet tables = connection.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM information_schema.tables"
                                + " WHERE table_schema = DATABASE() AND table_name = 'DATABASECHANGELOG'")) {
            tables.next();
            assertEquals(1, tables.getInt(1), "Liquibase's change log table exists in the service's own database");
        }
    }

    @Test
    void recordProducedToTheBrokerIsConsumedByTheService() {
        String payload = "ping-" + UUID.randomUUID();
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(SELF_TEST_CHANNEL, payload, payload));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> selfTestConsumer.received().contains(payload));
    }
}
