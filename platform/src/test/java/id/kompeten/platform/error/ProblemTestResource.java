package id.kompeten.platform.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hibernate.StaleObjectStateException;

/** Test-only endpoints that fail in every way the problem mappers must handle. */
@Path("/test/problems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemTestResource {

    /** Text an internal error must never leak. */
    static final String SECRET = "jdbc:mysql://db-internal:3306 password=hunter2";

    public enum Mode { CLASSROOM, ONLINE, BLENDED }

    public record Names(@NotBlank String id, @NotBlank String en) {
    }

    public record Item(@NotBlank @Size(max = 5) String code, @JsonProperty("qty") @Min(1) Integer quantity) {
    }

    public record Course(
            @NotBlank @Size(max = 10) String code,
            @NotNull @Valid Names names,
            @NotNull Mode mode,
            @Min(1) @Max(200) int jp,
            @JsonProperty("startsOn") @NotNull LocalDate startDate,
            List<@Valid Item> items,
            List<@NotBlank String> tags) {
    }

    @POST
    @Path("/courses")
    @Operation(operationId = "createCourse")
    public Course create(@Valid @NotNull Course course) {
        return course;
    }

    @POST
    @Path("/items")
    @Operation(operationId = "createItems")
    public List<Item> bulk(@NotEmpty List<@Valid Item> items) {
        return items;
    }

    /** Query parameters bound through a bean, as services do for searches with many filters. */
    public static class Search {
        @QueryParam("min_jp")
        @Min(1)
        Integer minimumJp;
    }

    @GET
    @Path("/courses")
    @Operation(operationId = "listCourses")
    public List<Course> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("per_page") @DefaultValue("20") @Min(1) @Max(200) int pageSize,
                             @QueryParam("mode") Mode mode,
                             @HeaderParam("X-Unit-Code") @Pattern(regexp = "[A-Z0-9]{1,8}") String unitCode,
                             @BeanParam @Valid Search search) {
        return List.of();
    }

    @GET
    @Path("/courses/{code}")
    @Operation(operationId = "getCourse")
    public Course get(@PathParam("code") @Size(max = 10) String courseCode) {
        throw new NotFoundProblem("Course", courseCode);
    }

    @GET
    @Path("/competencies/{code}")
    @Operation(operationId = "getCompetency")
    public Course competency(@PathParam("code") String code) {
        throw new NotFoundProblem("Competency", code);
    }

    @POST
    @Path("/conflict")
    @Operation(operationId = "failWithConflict")
    public void conflict() {
        throw new ConflictProblem("problem.conflict.detail");
    }

    @POST
    @Path("/idempotency")
    @Operation(operationId = "failWithReusedIdempotencyKey")
    public void idempotencyKeyReused() {
        throw new UnprocessableProblem("problem.idempotency-key-reused.detail");
    }

    @PUT
    @Path("/stale")
    @Operation(operationId = "failWithStaleVersion")
    public void stale() {
        throw new PreconditionFailedProblem("\"7\"");
    }

    @PUT
    @Path("/unconditional")
    @Operation(operationId = "failWithoutIfMatch")
    public void unconditional() {
        throw new PreconditionRequiredProblem();
    }

    @POST
    @Path("/period")
    @Operation(operationId = "failWithInvalidPeriod")
    public void period() {
        throw new InvalidInputProblem("endsOn", "test.field.before", "2025-03-01");
    }

    @GET
    @Path("/admin")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "getAdminSecret")
    public String admin() {
        return "secret";
    }

    @GET
    @Path("/forbidden")
    @Operation(operationId = "failForbidden")
    public String forbidden() {
        throw new ForbiddenException();
    }

    @GET
    @Path("/boom")
    @Operation(operationId = "failInternally")
    public String boom() {
        throw new IllegalStateException(SECRET);
    }

    @PUT
    @Path("/optimistic")
    @Operation(operationId = "failWithOptimisticLock")
    public void optimistic() {
        throw new OptimisticLockException("Row was updated or deleted by another transaction");
    }

    @PUT
    @Path("/optimistic-at-commit")
    @Operation(operationId = "failWithOptimisticLockAtCommit")
    public void optimisticAtCommit() {
        throw new IllegalStateException("commit failed", new StaleObjectStateException("Course", 42L));
    }

    @GET
    @Path("/teapot")
    @Operation(operationId = "failAsTeapot")
    public void teapot() {
        throw new WebApplicationException(418);
    }

    @GET
    @Path("/unavailable")
    @Operation(operationId = "failUnavailable")
    public void unavailable() {
        throw new WebApplicationException(SECRET, 503);
    }

    @GET
    @Path("/broken-contract")
    @Operation(operationId = "breakResponseContract")
    public @NotNull Course brokenContract() {
        return null;
    }
}
