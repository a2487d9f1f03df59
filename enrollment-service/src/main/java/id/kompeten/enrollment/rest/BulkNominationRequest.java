package id.kompeten.enrollment.rest;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a bulk nomination: the people to nominate for the session. */
@Schema(name = "BulkNominationRequest")
public record BulkNominationRequest(
        @NotEmpty @Schema(description = "NIP or NI PPPK of each person, in the order of the report",
                example = "[\"198703122010011004\", \"199001152015032002\"]") List<String> nips) {
}
