package id.kompeten.catalogreplica;

import static id.kompeten.catalogreplica.ReplicaTestSupport.id;
import static id.kompeten.catalogreplica.ReplicaTestSupport.inTransaction;
import static id.kompeten.catalogreplica.ReplicaTestSupport.sample;
import static id.kompeten.catalogreplica.ReplicaTestSupport.twoDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kompeten.catalogreplica.ReplicaTestSupport.Sample;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.catalog.SessionScheduled;
import id.kompeten.contracts.catalog.SessionUpdated;
import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.platform.messaging.EffectOutcome;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service learns of each session change in the transaction that applies it (e.g. enrollment cancels the enrollments
 * of a cancelled session, or promotes waitlisted people when capacity grows): once per newer snapshot, with the row
 * already stored, and all or nothing with the replica.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "enrollment"))
class SessionReplicaChangedTest {

    @Inject
    SessionChangesProbe probe;

    @Inject
    CatalogReplica catalog;

    @Test
    void everyNewerSnapshotOfASessionIsAnnouncedOnceWithTheStoredRow() {
        String sessionId = id();
        assertEquals(EffectOutcome.APPLIED, sample(SessionScheduled.class, sessionId, 0).apply());
        assertEquals(EffectOutcome.APPLIED,
                sample(SessionOpened.class, sessionId, 2, s -> twoDays(s).put("capacity", 40)).apply());
        assertEquals(EffectOutcome.IGNORED, sample(SessionUpdated.class, sessionId, 1).apply());
        assertEquals(EffectOutcome.IGNORED, sample(SessionUpdated.class, sessionId, 2).apply());
        assertEquals(EffectOutcome.APPLIED, sample(CoursePublished.class, id(), 1).apply());

        assertEquals(List.of("0/30/3", "2/40/2"), probe.seen(sessionId));
    }

    @Test
    void observerThatFailsRollsTheSessionChangeBack() {
        String sessionId = id();
        sample(SessionScheduled.class, sessionId, 0).apply();
        Sample<SessionOpened> opened = sample(SessionOpened.class, sessionId, 1, s -> s.put("capacity", 40));
        probe.failFor(sessionId, true);
        try {
            assertThrows(IllegalStateException.class, opened::apply);
        } finally {
            probe.failFor(sessionId, false);
        }
        assertEquals(0, inTransaction(() -> catalog.session(sessionId)).orElseThrow().sourceVersion(),
                "the replica keeps the older snapshot until the event is retried");

        assertEquals(EffectOutcome.APPLIED, opened.apply());
        assertEquals(40, inTransaction(() -> catalog.session(sessionId)).orElseThrow().capacity());
    }
}
