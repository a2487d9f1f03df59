package id.kompeten.training.service;

import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.training.domain.Course;
import id.kompeten.training.domain.CourseSession;
import id.kompeten.training.domain.SessionPlan;
import java.time.Instant;

/**
 * A session as the caller may see it, with its course's code and title: the plan's online link only for the roles of
 * {@link CatalogueAccess#seesOnlineLinks()}. Events carry the link regardless (they are internal).
 */
public record SessionDetails(String id, String code, String courseId, String courseCode, String courseTitle,
        SessionStatus status, SessionPlan plan, int seatsTaken, int seatsAvailable, String cancellationReason,
        long version, Instant createdAt, Instant updatedAt) {

    static SessionDetails of(CourseSession session, Course course, CatalogueAccess access) {
        SessionPlan plan = session.plan();
        return new SessionDetails(session.id(), session.code(), course.id(), course.code(), course.title(),
                session.status(), access.seesOnlineLinks() ? plan : plan.withOnlineLink(null), session.seatsTaken(),
                session.seatsAvailable(), session.cancellationReason(), session.version(), session.createdAt(),
                session.updatedAt());
    }
}
