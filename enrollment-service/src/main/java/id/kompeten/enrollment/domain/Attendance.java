package id.kompeten.enrollment.domain;

import id.kompeten.contracts.enrollment.AttendanceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A participant's attendance on one session day; a correction overwrites it until the session is closed. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private String enrollmentId;

    @Id
    @Column(name = "day_date", nullable = false, updatable = false)
    private LocalDate dayDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Attendance() {
    }

    public Attendance(String enrollmentId, LocalDate dayDate, AttendanceStatus status, Instant at, String by) {
        this.enrollmentId = enrollmentId;
        this.dayDate = dayDate;
        record(status, at, by);
    }

    /** Sets the day's status; false (and nothing touched) when it is already this status. */
    public boolean record(AttendanceStatus newStatus, Instant at, String by) {
        if (newStatus == status) {
            return false;
        }
        this.status = newStatus;
        this.recordedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.recordedBy = by;
        return true;
    }

    public String enrollmentId() {
        return enrollmentId;
    }

    public LocalDate dayDate() {
        return dayDate;
    }

    public AttendanceStatus status() {
        return status;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    /** The composite primary key (enrollment, day). */
    public static class Key implements Serializable {

        private String enrollmentId;
        private LocalDate dayDate;

        protected Key() {
        }

        public Key(String enrollmentId, LocalDate dayDate) {
            this.enrollmentId = enrollmentId;
            this.dayDate = dayDate;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && enrollmentId.equals(key.enrollmentId) && dayDate.equals(key.dayDate);
        }

        @Override
        public int hashCode() {
            return 31 * enrollmentId.hashCode() + dayDate.hashCode();
        }
    }
}
