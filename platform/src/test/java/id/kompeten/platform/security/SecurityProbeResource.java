package id.kompeten.platform.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoints that exercise the security plumbing the way a service's resources will. */
@Path("/security-probe")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityProbeResource {

    private final CurrentUser currentUser;
    private final AccessPolicy accessPolicy;

    SecurityProbeResource(CurrentUser currentUser, AccessPolicy accessPolicy) {
        this.currentUser = currentUser;
        this.accessPolicy = accessPolicy;
    }

    @GET
    @Path("/public")
    @Operation(operationId = "probePublic")
    public Map<String, Object> publicRead() {
        return Map.of("public", true);
    }

    @GET
    @Path("/admin")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "probeAdmin")
    public Map<String, Object> adminOnly() {
        return Map.of("admin", true);
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.PARTICIPANT, Roles.SUPERVISOR, Roles.UNIT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "probeMe")
    public Map<String, Object> me() {
        return Map.of(
                "subject", currentUser.subject(),
                "nip", currentUser.nip().orElse(""),
                "unit", currentUser.unit().orElse(""),
                "roles", new TreeSet<>(currentUser.roles()));
    }

    @GET
    @Path("/records/{nip}")
    @Authenticated
    @Operation(operationId = "probeRecord")
    public Map<String, Object> record(@PathParam("nip") String nip, @QueryParam("unit") String unit,
            @QueryParam("supervisor") String supervisorNip) {
        accessPolicy.requireAccess(Owner.person(nip, unit, supervisorNip), Roles.EVALUATOR);
        return Map.of("nip", nip);
    }

    @GET
    @Path("/private-records/{nip}")
    @Authenticated
    @Operation(operationId = "probePrivateRecord")
    public Map<String, Object> privateRecord(@PathParam("nip") String nip, @QueryParam("unit") String unit,
            @QueryParam("supervisor") String supervisorNip) {
        accessPolicy.requireVisible(Owner.person(nip, unit, supervisorNip), "record", nip);
        return Map.of("nip", nip);
    }

    @GET
    @Path("/scope")
    @Authenticated
    @Operation(operationId = "probeScope")
    public Map<String, Object> scope() {
        AccessScope scope = accessPolicy.scope();
        return Map.of(
                "all", scope.isAll(),
                "unit", scope.unitCode().orElse(""),
                "supervisor", scope.supervisorNip().orElse(""),
                "own", scope.ownNip().orElse(""));
    }
}
