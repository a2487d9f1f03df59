package id.kompeten.training.rest;

import id.kompeten.platform.api.Versioned;
import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.training.domain.SessionPlan;
import id.kompeten.training.service.SessionDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session as the API shows it, with the course's code and title so lists need no second call. */
@Schema(name = "Session")
public record SessionView(
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String id,
        @Schema(example = "KOMPUB-2027-SBG-01") String code,
        CourseRef course,
        @Schema(description = "DRAFT → OPEN ⇄ FULL → RUNNING → COMPLETED, or CANCELLED") SessionStatus status,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "Day by day, in date order") List<SessionDayDto> schedule,
        SessionRegionDto region,
        @Schema(description = "Venue; null when none is given (ONLINE courses need none)", nullable = true)
        String location,
        @Schema(description = "Link to the virtual classroom. Not public (meeting links often carry passcodes): shown to"
                + " CATALOG_MANAGER, ADMIN and INTEGRATION only, null for anyone else and when the session has none;"
                + " enrolled participants get it from the enrollment service", nullable = true) String onlineLink,
        int capacity,
        @Schema(description = "Seats taken, as counted by enrollment") int seatsTaken,
        @Schema(description = "capacity − seatsTaken, never negative") int seatsAvailable,
        LocalDate enrollmentOpensOn,
        LocalDate enrollmentClosesOn,
        List<SessionTrainerDto> trainers,
        @Schema(description = "Set when CANCELLED, null otherwise", nullable = true) String cancellationReason,
        @Schema(description = "Entity version; also sent as the ETag") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    /** The course a session runs. */
    @Schema(name = "SessionCourse")
    public record CourseRef(
            @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String id,
            @Schema(example = "KOMPUB") String code,
            @Schema(example = "Komunikasi Publik") String title) {
    }

    public static SessionView of(SessionDetails session) {
        SessionPlan plan = session.plan();
        return new SessionView(session.id(), session.code(),
                new CourseRef(session.courseId(), session.courseCode(), session.courseTitle()),
                session.status(), plan.startDate(), plan.endDate(),
                plan.schedule().stream().map(SessionDayDto::of).toList(),
                new SessionRegionDto(plan.regionCode(), plan.regionName()), plan.location(), plan.onlineLink(),
                plan.capacity(), session.seatsTaken(), session.seatsAvailable(), plan.enrollmentOpensOn(),
                plan.enrollmentClosesOn(), plan.trainers().stream().map(SessionTrainerDto::of).toList(),
                session.cancellationReason(), session.version(), session.createdAt(), session.updatedAt());
    }
}
