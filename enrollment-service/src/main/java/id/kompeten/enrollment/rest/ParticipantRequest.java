package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.Contact;
import id.kompeten.enrollment.domain.EmployeeType;
import id.kompeten.enrollment.domain.ParticipantDefinition;
import id.kompeten.enrollment.service.NewParticipant;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /api/v1/participants, and one participant of POST /api/v1/participants:import. */
@Schema(name = "ParticipantCreate")
public record ParticipantRequest(
        @NotBlank @Size(max = Texts.NUMBER_MAX)
        @Schema(description = "The participant's id for good: a PNS's 18-digit NIP, a PPPK's 18-digit NI PPPK. The"
                + " printed grouping (19870312 201001 1 004) is accepted and stored without spaces. Checked by the"
                + " rules of docs/domain.md; each fault is reported with its reason", example = "198703122010011004")
        String nip,
        @NotBlank @Size(max = 200) @Schema(example = "Budi Santoso Hutagalung") String name,
        @Email @Size(max = 254) @Schema(example = "budi.hutagalung@sibolgakota.go.id", nullable = true) String email,
        @Pattern(regexp = Texts.PHONE) @Size(max = 50)
        @Schema(description = "Digits, spaces, '+', '-', '(' and ')'", example = "+62 812 6543 2109", nullable = true)
        String phone,
        @NotNull @Schema(description = "PNS (identified by NIP) or PPPK (identified by NI PPPK); never changes",
                example = "PNS") EmployeeType employeeType,
        @NotBlank @Size(max = 200) @Schema(description = "The agency (instansi)", example = "Pemerintah Kota Sibolga")
        String agency,
        @NotBlank @Pattern(regexp = Texts.CODE)
        @Schema(description = "Code of the unit (unit kerja); a unit admin registers only their own",
                example = "DISDUKCAPIL-SIBOLGA") String unitCode,
        @NotBlank @Pattern(regexp = Texts.CODE) @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
        @NotBlank @Size(max = 200) @Schema(example = "Pengadministrasi Layanan Kependudukan") String positionName,
        @Size(max = Texts.NUMBER_MAX)
        @Schema(description = "NIP of the direct supervisor (atasan langsung), who approves enrollments: a valid NIP,"
                + " not the participant's own; null when the supervisor is not a civil servant",
                example = "197806302003122001", nullable = true) String supervisorNip) implements NewParticipant {

    @Override
    public ParticipantDefinition toDefinition() {
        return new ParticipantDefinition(name.strip(), new Contact(Texts.clean(email), Texts.clean(phone)),
                agency.strip(), unitCode, positionCode, positionName.strip(), Texts.clean(supervisorNip));
    }
}
