package id.kompeten.enrollment.service;

import id.kompeten.contracts.enrollment.AttendanceStatus;
import java.time.LocalDate;

/** One participant's attendance on one session day, as a request gives it. */
public record AttendanceEntry(String nip, LocalDate date, AttendanceStatus status) {
}
