package id.kompeten.contracts.enrollment;

/** A participant's attendance on one session day. Only PRESENT counts towards completion; EXCUSED is recorded, not present. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    EXCUSED
}
