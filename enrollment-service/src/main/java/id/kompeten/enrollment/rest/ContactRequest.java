package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of PUT /api/v1/participants/{nip}/contact: the contact data, replaced as a whole (null clears a field). */
@Schema(name = "ParticipantContact")
public record ContactRequest(
        @Email @Size(max = 254) @Schema(example = "budi.hutagalung@gmail.com", nullable = true) String email,
        @Pattern(regexp = Texts.PHONE) @Size(max = 50)
        @Schema(description = "Digits, spaces, '+', '-', '(' and ')'", example = "+62 812 6543 2109", nullable = true)
        String phone) {

    public Contact toContact() {
        return new Contact(Texts.clean(email), Texts.clean(phone));
    }
}
