package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.EmployeeType;
import id.kompeten.enrollment.domain.ParticipantDefinition;
import id.kompeten.enrollment.service.ParticipantDetails;
import id.kompeten.platform.api.Versioned;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant as the API shows them (personal data: only to those who may see the record at all). */
@Schema(name = "Participant")
public record ParticipantView(
        @Schema(description = "NIP (PNS) or NI PPPK (PPPK), 18 digits; the participant's id",
                example = "198703122010011004") String nip,
        EmployeeType employeeType,
        @Schema(example = "Budi Santoso Hutagalung") String name,
        @Schema(example = "budi.hutagalung@sibolgakota.go.id", nullable = true) String email,
        @Schema(example = "+62 812 6543 2109", nullable = true) String phone,
        @Schema(example = "Pemerintah Kota Sibolga") String agency,
        @Schema(example = "DISDUKCAPIL-SIBOLGA") String unitCode,
        @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
        @Schema(example = "Pengadministrasi Layanan Kependudukan") String positionName,
        @Schema(description = "NIP of the direct supervisor; null when none is recorded",
                example = "197806302003122001", nullable = true) String supervisorNip,
        @Schema(description = "False once deactivated: the records stay, new enrollments are refused") boolean active,
        @Schema(description = "Entity version; also sent as the ETag") long version,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    public static ParticipantView of(ParticipantDetails participant) {
        ParticipantDefinition definition = participant.definition();
        return new ParticipantView(participant.nip(), participant.employeeType(), definition.name(),
                definition.contact().email(), definition.contact().phone(), definition.agency(),
                definition.unitCode(), definition.positionCode(), definition.positionName(),
                definition.supervisorNip(), participant.active(), participant.version(), participant.createdAt(),
                participant.updatedAt());
    }
}
