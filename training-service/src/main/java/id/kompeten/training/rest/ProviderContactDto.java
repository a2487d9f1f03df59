package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.ProviderSnapshot.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

/**
 * Who to talk to at a provider; every field is optional. In responses the contact person, email and phone (data about
 * a person) are shown only to the roles that work with providers; address and website are public.
 */
@Schema(name = "ProviderContact", description = "Who to talk to at the provider; every field is optional. In"
        + " responses, person, email and phone are shown to CATALOG_MANAGER, ADMIN, UNIT_ADMIN and INTEGRATION only")
public record ProviderContactDto(
        @Size(max = 200)
        @Schema(description = "Contact person. " + PERSONAL, example = "Dr. Rina Siregar", nullable = true)
        String person,
        @Email @Size(max = 254) @Schema(description = PERSONAL, example = "pelatihan@usu.ac.id", nullable = true)
        String email,
        @Pattern(regexp = "\\+?[0-9 ()-]*[0-9][0-9 ()-]*") @Size(max = 50)
        @Schema(description = "Digits, spaces, '+', '-', '(' and ')'. " + PERSONAL, example = "+62 61 8211633",
                nullable = true)
        String phone,
        @Size(max = 500) @Schema(description = "Public", example = "Jl. Dr. T. Mansur No. 9, Medan", nullable = true)
        String address,
        // @URL with a pattern rather than a bare @Pattern: its message ("must be a valid URL") reads well in both
        // languages, where @Pattern's would quote the regular expression.
        @URL(regexp = WEBSITE, flags = Pattern.Flag.CASE_INSENSITIVE) @Size(max = 300)
        @Schema(description = "An http or https URL. Public", pattern = WEBSITE, example = "https://www.usu.ac.id",
                nullable = true)
        String website) {

    /** Who may read a field of personal data, as the OpenAPI document says it. */
    static final String PERSONAL = "Personal data: in responses only for CATALOG_MANAGER, ADMIN, UNIT_ADMIN and"
            + " INTEGRATION, null for anyone else";

    static final String WEBSITE = "https?://[^\\s/?#]+([/?#]\\S*)?";

    static final ProviderContactDto NONE = new ProviderContactDto(null, null, null, null, null);

    /** The contact with surrounding blanks removed and blank fields as absent. */
    public Contact toContact() {
        return new Contact(clean(person), clean(email), clean(phone), clean(address), clean(website));
    }

    public static ProviderContactDto of(Contact contact) {
        return new ProviderContactDto(contact.person(), contact.email(), contact.phone(), contact.address(),
                contact.website());
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
