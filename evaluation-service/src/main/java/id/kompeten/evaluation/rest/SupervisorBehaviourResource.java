package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.BehaviourStatus;
import id.kompeten.evaluation.service.BehaviourService;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A supervisor's L3 work list: their subordinates' completions and where each rating stands. */
@Path("/api/v1/supervisors/{nip}/behaviour-ratings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kirkpatrick evaluations")
public class SupervisorBehaviourResource {

    private final BehaviourService service;

    SupervisorBehaviourResource(BehaviourService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR})
    @Operation(operationId = "listBehaviourRatings", summary = "List a supervisor's L3 behaviour ratings",
            description = "The completions of the people whose supervisor is {nip} now (the employee register; for"
            + " someone evaluation has not received yet, the supervisor at completion), oldest completion first, each"
            + " PENDING before its due day, DUE from it, or RATED. The supervisor themselves (the token's nip is"
            + " {nip}), ADMIN, INTEGRATION or EVALUATOR; 403 for anyone else. Paged.")
    @APIResponse(responseCode = "200", description = "A page of completions to rate or rated")
    public PageResponse<BehaviourRatingItemView> list(
            @PathParam("nip") @Parameter(description = "The supervisor's NIP", example = "197806302003122001")
            String nip,
            @QueryParam("status") @Pattern(regexp = "(?i)due|pending|rated|all") @Parameter(description = "due,"
                    + " pending, rated or all (default); any letter case", schema = @Schema(
                            enumeration = {"due", "pending", "rated", "all"}, defaultValue = "all"))
            String status,
            @Valid @BeanParam PageRequest page) {
        // The pattern has checked the value: "all" (or none) is no filter, the rest name a status.
        BehaviourStatus wanted = status == null || status.equalsIgnoreCase("all") ? null
                : BehaviourStatus.valueOf(status.toUpperCase(Locale.ROOT));
        return service.ofSupervisor(nip, wanted, page).map(BehaviourRatingItemView::of);
    }
}
