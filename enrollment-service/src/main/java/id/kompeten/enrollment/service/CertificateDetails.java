package id.kompeten.enrollment.service;

import java.time.LocalDate;

/**
 * What certificate verification may show anyone holding the number: no full NIP, no contact data.
 *
 * @param maskedNip the participant's number with all but its last three digits hidden
 * @param issuedOn  the day of the completion in the agency's zone
 */
public record CertificateDetails(String number, String participantName, String maskedNip, String courseTitle,
        String providerName, LocalDate sessionStartDate, LocalDate sessionEndDate, LocalDate issuedOn, int jp,
        boolean valid) {

    /** Hides all but the last three digits: enough to tell two namesakes apart, too little to identify anyone. */
    static String mask(String nip) {
        int shown = 3;
        return "*".repeat(Math.max(0, nip.length() - shown)) + nip.substring(Math.max(0, nip.length() - shown));
    }
}
