package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.service.EffectivenessService;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A course's Kirkpatrick L1-L4 summary, overall and per session. */
@Path("/api/v1/courses/{courseId}/effectiveness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kirkpatrick evaluations")
public class EffectivenessResource {

    private final EffectivenessService service;

    EffectivenessResource(EffectivenessService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.EVALUATOR, Roles.CATALOG_MANAGER, Roles.UNIT_ADMIN,
        Roles.SUPERVISOR})
    @Operation(operationId = "getCourseEffectiveness", summary = "Get a course's effectiveness (Kirkpatrick L1-L4)",
            description = "Counts, response rates and means over all the course's completions and per session: L1"
            + " reaction, L2 learning (normalised gain undefined when pre = 100, counted apart), L3 behaviour, and L4"
            + " results in the service units (status NO_SERVICE_UNITS when no service unit's parent unit has a"
            + " completion). No comment or personal datum. Staff roles read it; a PARTICIPANT gets 403. 404 when"
            + " neither the catalogue nor any completion knows the course. " + ResultsViews.METHOD)
    @APIResponse(responseCode = "200", description = "The summary")
    public EffectivenessView get(@PathParam("courseId") @Parameter(description = "The catalogue's course id",
            example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId) {
        return EffectivenessView.of(service.ofCourse(courseId), service.listedUnits());
    }
}
