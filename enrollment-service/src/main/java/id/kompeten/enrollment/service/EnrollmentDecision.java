package id.kompeten.enrollment.service;

import java.math.BigDecimal;
import java.time.Instant;

/** An admin's decision on one enrollment, with what it recorded, and the enrollment's new version (ETag). */
public record EnrollmentDecision(String enrollmentId, String nip, String sessionId, String outcome, String reason,
        BigDecimal attendancePercent, Integer preScore, Integer postScore, String certificateNumber, Instant decidedAt,
        String decidedBy, long version) {
}
