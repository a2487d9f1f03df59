package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.platform.api.Versioned;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrollment as the API shows it (to the participant, their supervisor, their unit's admin, ADMIN). */
@Schema(name = "Enrollment")
public record EnrollmentView(
        @Schema(example = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87") String id,
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
        @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
        @Schema(description = "NIP or NI PPPK of the participant", example = "198703122010011004") String nip,
        @Schema(description = "The participant's unit at request time", example = "DISDUKCAPIL-SIBOLGA")
        String unitCode,
        @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
        @Schema(example = "Pengadministrasi Layanan Kependudukan") String positionName,
        EnrollmentStatus status,
        @Schema(description = "True when a unit admin nominated the participant") boolean nominated,
        Instant requestedAt,
        @Schema(example = "198703122010011004") String requestedBy,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(nullable = true, example = "197806302003122001") String decidedBy,
        @Schema(description = "Reason of a rejection", nullable = true, example = "Pelayanan KTP-el tidak dapat"
                + " ditinggalkan bulan ini") String decisionReason,
        @Schema(nullable = true) Instant confirmedAt,
        @Schema(nullable = true) Instant waitlistedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(description = "Why it ended (rejection, withdrawal, cancellation)", nullable = true,
                example = "Bentrok dengan tugas luar kota") String endReason,
        Instant updatedAt,
        @Schema(description = "Entity version; also sent as the ETag") long version) implements Versioned {

    public static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(e.id(), e.sessionId(), e.courseId(), e.nip(), e.unitCode(), e.positionCode(),
                e.positionName(), e.status(), e.nominated(), e.requestedAt(), e.requestedBy(), e.decidedAt(),
                e.decidedBy(), e.decisionReason(), e.confirmedAt(), e.waitlistedAt(), e.endedAt(), e.endReason(),
                e.updatedAt(), e.version());
    }
}
