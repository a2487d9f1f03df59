package id.kompeten.enrollment.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An endpoint that forgot its security annotation, as a new one might: it must not be public in this service
 * (DenyUnannotatedEndpointsTest). Test code only, and hidden from the API document.
 */
@Path("/test-probe/unannotated")
public class UnannotatedProbeResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String personalData() {
        return "personal data";
    }
}
