package id.kompeten.training.service;

import static id.kompeten.training.TrainingTestSupport.createPublishedCourse;
import static id.kompeten.training.TrainingTestSupport.scheduleSession;
import static id.kompeten.training.TrainingTestSupport.seatsChanged;
import static id.kompeten.training.TrainingTestSupport.sessionAction;
import static id.kompeten.training.TrainingTestSupport.sessionBody;
import static id.kompeten.training.TrainingTestSupport.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.training.domain.CourseSession;
import id.kompeten.training.domain.CourseSessionRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A seat count that arrives while a catalogue manager's change of the session is under way: the count's version is
 * outside the optimistic lock, so only writing the changed columns keeps the change from writing back an older one.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class SessionSeatCountRaceTest {

    @Inject
    SessionService service;

    @Inject
    CourseSessionRepository sessions;

    @Test
    void planChangeFromACopyReadBeforeANewerCountKeepsTheCountsVersion() {
        String id = scheduleSession(createPublishedCourse(8, "CLASSROOM"),
                sessionBody(uniqueCode("RACE"), LocalDate.of(2027, 3, 1), 8, "CLASSROOM"));
        sessionAction(id, "open");
        service.takeSeatCount(seatsChanged(id, 4, 30, 1));

        QuarkusTransaction.requiringNew().run(() -> {
            CourseSession copy = sessions.findById(id);
            assertEquals(1L, copy.seatsVersion());
            // Enrollment's newer count, with the same seats, commits in between (it locks the row, the copy holds none).
            CompletableFuture.runAsync(() -> service.takeSeatCount(seatsChanged(id, 4, 30, 2)))
                    .orTimeout(30, TimeUnit.SECONDS).join();
            assertTrue(copy.change(copy.plan().withOnlineLink("https://zoom.us/j/81234567890"), Instant.now()));
        });

        QuarkusTransaction.requiringNew().run(() -> {
            CourseSession stored = sessions.findById(id);
            assertEquals(2L, stored.seatsVersion(), "the change did not write back the version its copy had read");
            assertEquals(4, stored.seatsTaken());
            assertEquals("https://zoom.us/j/81234567890", stored.plan().onlineLink());
        });
    }
}
