package id.kompeten.contracts.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A session (angkatan) of a course as it stands after a change. */
public record SessionSnapshot(
        String id,
        String courseId,
        String code,
        LocalDate startDate,
        LocalDate endDate,
        List<ScheduleDay> schedule,
        Region region,
        String location,
        String onlineLink,
        int capacity,
        int seatsTaken,
        LocalDate enrollmentOpensOn,
        LocalDate enrollmentClosesOn,
        List<Trainer> trainers,
        SessionStatus status,
        String cancellationReason,
        long version,
        Instant updatedAt) {

    /** One day of the session and its JP (1 JP = 45 minutes); the days add up to the course's JP. */
    public record ScheduleDay(LocalDate date, int jp, String topic) {
    }

    /** Kabupaten/kota: BPS/Kemendagri code (e.g. 12.73) and name (e.g. Kota Sibolga). */
    public record Region(String code, String name) {
    }

    public record Trainer(String name, String institution) {
    }
}
