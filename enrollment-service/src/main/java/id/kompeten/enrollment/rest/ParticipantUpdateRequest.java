package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.Contact;
import id.kompeten.enrollment.domain.ParticipantDefinition;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT /api/v1/participants/{nip}: everything recorded about a participant but the number and type. */
@Schema(name = "ParticipantUpdate")
public record ParticipantUpdateRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Budi Santoso Hutagalung") String name,
        @Email @Size(max = 254) @Schema(example = "budi.hutagalung@sibolgakota.go.id", nullable = true) String email,
        @Pattern(regexp = Texts.PHONE) @Size(max = 50)
        @Schema(description = "Digits, spaces, '+', '-', '(' and ')'", example = "+62 812 6543 2109", nullable = true)
        String phone,
        @NotBlank @Size(max = 200) @Schema(example = "Pemerintah Kota Sibolga") String agency,
        @NotBlank @Pattern(regexp = Texts.CODE)
        @Schema(description = "A unit admin cannot move a participant to another unit", example = "DISDUKCAPIL-SIBOLGA")
        String unitCode,
        @NotBlank @Pattern(regexp = Texts.CODE) @Schema(example = "PENGADMINISTRASI-LAYANAN") String positionCode,
        @NotBlank @Size(max = 200) @Schema(example = "Pengadministrasi Layanan Kependudukan") String positionName,
        @Size(max = Texts.NUMBER_MAX)
        @Schema(description = "NIP of the direct supervisor: a valid NIP, not the participant's own; null for none",
                example = "197806302003122001", nullable = true) String supervisorNip) {

    /** The values asked for, texts stripped and blanks absent; only for a body that passed validation. */
    public ParticipantDefinition toDefinition() {
        return new ParticipantDefinition(name.strip(), new Contact(Texts.clean(email), Texts.clean(phone)),
                agency.strip(), unitCode, positionCode, positionName.strip(), Texts.clean(supervisorNip));
    }
}
