package id.kompeten.catalogreplica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.contracts.catalog.CompetencySnapshot;
import id.kompeten.contracts.catalog.CourseSnapshot;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.contracts.catalog.ProviderSnapshot;
import id.kompeten.contracts.catalog.SessionSnapshot;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** A replica row holds exactly what the replica keeps of a snapshot. */
final class SnapshotAssertions {

    private SnapshotAssertions() {
    }

    /** The replica holds the snapshot {@code sample} carries. */
    static void assertReplicaHolds(ReplicaTestSupport.Sample<?> sample, CatalogReplica catalog) {
        Object snapshot = sample.snapshot();
        if (snapshot instanceof CompetencySnapshot competency) {
            assertHolds(competency, present(() -> catalog.competency(competency.code()), competency.code()));
        } else if (snapshot instanceof ProviderSnapshot provider) {
            assertHolds(provider, present(() -> catalog.provider(provider.id()), provider.id()));
        } else if (snapshot instanceof CourseSnapshot course) {
            assertHolds(course, present(() -> catalog.course(course.id()), course.id()));
        } else if (snapshot instanceof SessionSnapshot session) {
            assertHolds(session, present(() -> catalog.session(session.id()), session.id()));
        } else {
            throw new AssertionError("No assertion for " + sample.type().getSimpleName());
        }
    }

    /** Read in a transaction of its own and used after it ended, as the read API promises complete rows. */
    private static <T> T present(Callable<Optional<T>> find, String key) {
        return ReplicaTestSupport.inTransaction(find)
                .orElseThrow(() -> new AssertionError(key + " is not in the replica"));
    }

    static void assertHolds(CompetencySnapshot expected, CompetencyReplica actual) {
        assertEquals(expected.code(), actual.code());
        assertEquals(expected.name().id(), actual.nameId());
        assertEquals(expected.name().en(), actual.nameEn());
        assertEquals(expected.type(), actual.type());
        assertEquals(expected.active(), actual.active());
        assertEquals(expected.version(), actual.sourceVersion());
    }

    static void assertHolds(ProviderSnapshot expected, ProviderReplica actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.type(), actual.type());
        assertEquals(expected.active(), actual.active());
        assertEquals(expected.version(), actual.sourceVersion());
        assertEquals(expected.updatedAt(), actual.sourceUpdatedAt());
    }

    static void assertHolds(CourseSnapshot expected, CourseReplica actual) {
        String id = expected.id();
        assertEquals(id, actual.id());
        assertEquals(expected.code(), actual.code(), id);
        assertEquals(expected.title(), actual.title(), id);
        assertEquals(expected.jp(), actual.jp(), id);
        assertEquals(expected.passRules().minAttendancePercent(), actual.minAttendancePercent(), id);
        assertEquals(expected.passRules().minPostTestScore(), actual.minPostTestScore(), id);
        assertEquals(expected.competencies().stream()
                        .sorted(Comparator.comparing(CourseSnapshot.CourseCompetency::code))
                        .map(competency -> new CourseCompetencyReplica(competency.code(), competency.level()))
                        .toList(),
                actual.competencies(), id);
        assertEquals(expected.methods().isEmpty() ? EnumSet.noneOf(LearningMethod.class)
                : EnumSet.copyOf(expected.methods()), actual.methods(), id);
        assertEquals(expected.deliveryMode(), actual.deliveryMode(), id);
        assertEquals(expected.providerId(), actual.providerId(), id);
        assertEquals(expected.providerType(), actual.providerType(), id);
        assertEquals(expected.status(), actual.status(), id);
        assertEquals(expected.version(), actual.sourceVersion(), id);
        assertEquals(expected.updatedAt(), actual.sourceUpdatedAt(), id);
    }

    static void assertHolds(SessionSnapshot expected, SessionReplica actual) {
        String id = expected.id();
        assertEquals(id, actual.id());
        assertEquals(expected.courseId(), actual.courseId(), id);
        assertEquals(expected.code(), actual.code(), id);
        assertEquals(expected.startDate(), actual.startDate(), id);
        assertEquals(expected.endDate(), actual.endDate(), id);
        List<SessionDayReplica> days = expected.schedule().stream()
                .sorted(Comparator.comparing(SessionSnapshot.ScheduleDay::date))
                .map(day -> new SessionDayReplica(day.date(), day.jp()))
                .toList();
        assertEquals(days, actual.days(), id);
        assertEquals(expected.capacity(), actual.capacity(), id);
        assertEquals(expected.seatsTaken(), actual.seatsTaken(), id);
        assertEquals(expected.enrollmentOpensOn(), actual.enrollmentOpensOn(), id);
        assertEquals(expected.enrollmentClosesOn(), actual.enrollmentClosesOn(), id);
        assertEquals(expected.region().code(), actual.regionCode(), id);
        assertEquals(expected.region().name(), actual.regionName(), id);
        assertEquals(expected.status(), actual.status(), id);
        assertEquals(expected.cancellationReason(), actual.cancellationReason(), id);
        assertEquals(expected.version(), actual.sourceVersion(), id);
        assertEquals(expected.updatedAt(), actual.sourceUpdatedAt(), id);
    }
}
