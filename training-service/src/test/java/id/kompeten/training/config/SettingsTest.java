package id.kompeten.training.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.api.IdempotencyConfig;
import id.kompeten.platform.runtime.DemoDataConfig;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings are typed @ConfigMappings with documented defaults (what the README's settings table lists). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class SettingsTest {

    @Inject
    DemoDataConfig demoData;

    @Inject
    IdempotencyConfig idempotency;

    @Inject
    SessionSeatsConfig sessionSeats;

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertFalse(demoData.enabled(), "no deployment gets demo data by accident");
        assertEquals(Duration.ofHours(24), idempotency.retention());
        assertEquals("training-service.session-seats", sessionSeats.consumerGroup());
    }
}
