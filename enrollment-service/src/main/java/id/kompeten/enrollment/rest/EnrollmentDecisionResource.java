package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.service.CompletionService;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.api.VersionedResponses;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An admin completes or fails one enrollment by hand, with a reason (the close decides everyone else). */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session results")
public class EnrollmentDecisionResource {

    private static final String ID = "The enrollment's id";
    private static final String ID_EXAMPLE = "5c2d8e41-7a3b-4f19-b6d0-9e8f7a6b5c43";

    private final CompletionService completion;

    EnrollmentDecisionResource(CompletionService completion) {
        this.completion = completion;
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "completeEnrollment", summary = "Complete one enrollment by hand",
            description = "Requires If-Match with the enrollment's ETag. A CONFIRMED enrollment becomes COMPLETED"
            + " whatever its results (e.g. a make-up day), with the reason, a certificate number and one"
            + " CourseCompleted (manual true). 409 for any other status, so a repeated decision changes nothing.")
    @APIResponse(responseCode = "200", description = "The decision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrollmentDecisionView.class)))
    @APIResponse(responseCode = "409", description = "The enrollment is not CONFIRMED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response complete(@PathParam("id") @Size(max = 36) @Parameter(description = ID, example = ID_EXAMPLE)
            String id,
            @HeaderParam("If-Match") @Parameter(description = "The enrollment's ETag", required = true) String ifMatch,
            @Valid @NotNull DecisionRequest request) {
        return VersionedResponses.ok(EnrollmentDecisionView.of(
                completion.complete(id, request.reason().strip(), VersionPrecondition.fromIfMatch(ifMatch))));
    }

    @POST
    @Path("{id}/fail")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "failEnrollment", summary = "Fail one enrollment by hand",
            description = "Requires If-Match with the enrollment's ETag. A CONFIRMED enrollment becomes FAILED with"
            + " the reason and one CourseFailed (manual true). 409 for any other status.")
    @APIResponse(responseCode = "200", description = "The decision",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = EnrollmentDecisionView.class)))
    @APIResponse(responseCode = "409", description = "The enrollment is not CONFIRMED",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response fail(@PathParam("id") @Size(max = 36) @Parameter(description = ID, example = ID_EXAMPLE)
            String id,
            @HeaderParam("If-Match") @Parameter(description = "The enrollment's ETag", required = true) String ifMatch,
            @Valid @NotNull DecisionRequest request) {
        return VersionedResponses.ok(EnrollmentDecisionView.of(
                completion.fail(id, request.reason().strip(), VersionPrecondition.fromIfMatch(ifMatch))));
    }
}
