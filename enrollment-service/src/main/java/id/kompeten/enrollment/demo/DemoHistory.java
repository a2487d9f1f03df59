package id.kompeten.enrollment.demo;

import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentRepository;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.enrollment.domain.ParticipantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes the demo's past: enrollments that were confirmed (or cancelled) in weeks the request rules no longer allow,
 * dated inside the session's enrollment window. They are written as an import of earlier records would be, without
 * the lifecycle's events and seat counts of the time; what happens to them afterwards (results, the close and its
 * CourseCompleted events) goes through the services.
 */
@ApplicationScoped
class DemoHistory {

    private final EnrollmentRepository enrollments;
    private final ParticipantRepository participants;

    DemoHistory(EnrollmentRepository enrollments, ParticipantRepository participants) {
        this.enrollments = enrollments;
        this.participants = participants;
    }

    /** Confirms these people for the session as of its enrollment window, unless they have an enrollment there. */
    @Transactional
    int confirmed(SessionReplica session, List<String> nips, ZoneId zone) {
        return write(session, nips, zone, null);
    }

    /** The same, then cancelled with the session's cancellation reason. */
    @Transactional
    int cancelled(SessionReplica session, List<String> nips, ZoneId zone) {
        return write(session, nips, zone, session.cancellationReason());
    }

    private int write(SessionReplica session, List<String> nips, ZoneId zone, String cancellation) {
        // Two days into the window, decided two days later; a window that opened only today counts back from now.
        Instant now = Instant.now();
        Instant requested = earliest(session.enrollmentOpensOn().plusDays(2).atTime(LocalTime.of(9, 0)).atZone(zone)
                .toInstant(), now.minus(Duration.ofHours(6)));
        Instant decided = earliest(requested.plus(Duration.ofDays(2)), now.minus(Duration.ofHours(4)));
        int written = 0;
        for (String nip : nips) {
            if (enrollments.existsFor(session.id(), nip)) {
                continue;
            }
            Participant participant = participants.findByIdOptional(nip).orElseThrow(
                    () -> new IllegalStateException("Demo enrollment of " + nip + ", who is not a demo person"));
            Enrollment enrollment = new Enrollment(session.id(), session.courseId(), participant,
                    DemoPeopleLoader.CALLER, true, requested);
            enrollment.confirm(decided, DemoPeopleLoader.CALLER);
            if (cancellation != null) {
                enrollment.cancel(earliest(decided.plus(Duration.ofDays(1)), now.minus(Duration.ofHours(1))), cancellation);
            }
            enrollments.persist(enrollment);
            written++;
        }
        return written;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
