package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.CertificateService;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public certificate verification: an employer or a citizen checks a number printed on a certificate. */
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Verification of completion certificates by their public number")
public class CertificateResource {

    private final CertificateService service;

    CertificateResource(CertificateService service) {
        this.service = service;
    }

    @GET
    @Path("{number}")
    @PermitAll
    @Operation(operationId = "getCertificate", summary = "Verify a certificate",
            description = "Public, no token needed. Shows the participant's name, the course, the provider, the dates"
            + " and JP; never the full NIP or any contact data. The number may be typed in any letter case, with O for"
            + " 0 and I or L for 1. 404 when no completion issued it.")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    public CertificateView get(@PathParam("number") @Size(max = 60) @Parameter(description = "The certificate number",
            example = "KMP-2027-7H3K-Q9XD-2M4T-V8RB") String number) {
        return CertificateView.of(service.verify(number));
    }
}
