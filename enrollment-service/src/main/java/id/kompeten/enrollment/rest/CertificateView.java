package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.CertificateDetails;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certificate as anyone holding its number may see it: never the full NIP, never contact data. */
@Schema(name = "Certificate")
public record CertificateView(
        @Schema(description = "The certificate's public number", example = "KMP-2027-7H3K-Q9XD-2M4T-V8RB") String number,
        @Schema(example = "Budi Santoso Hutagalung") String participantName,
        @Schema(description = "The participant's NIP or NI PPPK with all but its last three digits hidden",
                example = "***************004") String maskedNip,
        @Schema(example = "Komunikasi Publik") String courseTitle,
        @Schema(description = "The course's provider; null if the catalogue copy did not hold it at completion",
                example = "Universitas Sumatera Utara", nullable = true) String providerName,
        @Schema(example = "2027-02-08") LocalDate sessionStartDate,
        @Schema(example = "2027-02-10") LocalDate sessionEndDate,
        @Schema(description = "Day of the completion (agency's zone)", example = "2027-02-11") LocalDate issuedOn,
        @Schema(description = "Training hours earned (1 JP = 45 minutes)", example = "24") int jp,
        @Schema(description = "True: issued by this system for a completion that stands. Certificates do not expire")
        boolean valid) {

    static CertificateView of(CertificateDetails details) {
        return new CertificateView(details.number(), details.participantName(), details.maskedNip(),
                details.courseTitle(), details.providerName(), details.sessionStartDate(), details.sessionEndDate(),
                details.issuedOn(), details.jp(), details.valid());
    }
}
