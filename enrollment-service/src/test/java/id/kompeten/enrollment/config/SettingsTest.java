package id.kompeten.enrollment.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Settings are typed @ConfigMappings with documented defaults (what the notes' settings table lists). */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class SettingsTest {

    @Inject
    ParticipantConfig participants;

    @Inject
    AgencyConfig agency;

    @Inject
    EnrollmentConfig enrollments;

    @Inject
    TranscriptConfig transcripts;

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(ZoneId.of("Asia/Jakarta"), agency.zone());
        assertEquals(5000, participants.importMaxRows());
        assertEquals(500, participants.republishBatchSize());
        assertEquals(20, enrollments.yearlyMinimumJp());
        assertEquals(500, enrollments.bulkMaxRows());
        assertEquals(2000, transcripts.earliestYear());
    }
}
