package id.kompeten.localstack.testing;

import static org.awaitility.Awaitility.await;

import id.kompeten.contracts.EventSamples;
import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CompetencyDefined;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * For services that keep a replica of the training catalogue: the producer's checked-in {@code CompetencyDefined}
 * sample, sent to the real topic, ends up in this service's own {@code competency_replica} table. A service's test
 * extends this, annotated {@code @QuarkusTest} with {@link LocalStackTestResource}.
 */
public abstract class CatalogReplicaContract {

    @Test
    void competencyDefinedSampleReachesThisServicesReplica() {
        String code = "SAMPLE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sample = EventSamples.json(CompetencyDefined.class).replace("\"PELAYANAN-PRIMA\"", "\"" + code + "\"");
        TestKafka.sendCloudEvent(Topic.TRAINING_CATALOG.topicName(), code, Topic.typeOf(CompetencyDefined.class),
                UUID.randomUUID().toString(), sample);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> replicatedName(code), "Pelayanan Prima"::equals);
    }

    private static String replicatedName(String code) throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                PreparedStatement query = connection.prepareStatement("SELECT name_id FROM competency_replica WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
