package id.kompeten.platform.messaging.rest;

import id.kompeten.platform.messaging.RebuildReport;
import id.kompeten.platform.messaging.ReplicaRebuilder;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators rebuild this service's replicas of other services' data (see {@link ReplicaRebuilder}). */
@Path("/api/v1/replicas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Operations", description = "For operators (ADMIN): parked outbox events and replica rebuilds")
public class ReplicaResource {

    private final ReplicaRebuilder rebuilder;

    ReplicaResource(ReplicaRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @GET
    @Operation(operationId = "listReplicas", summary = "List this service's replicas",
            description = "ADMIN. The read copies this service keeps of other services' data (empty for a service that"
                    + " keeps none), with the topic and the consumer group each is kept from.")
    @APIResponse(responseCode = "200", description = "The replicas",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ReplicaView.class)))
    public List<ReplicaView> list() {
        return rebuilder.replicas().stream().map(ReplicaView::of).toList();
    }

    @POST
    @Path("{name}/rebuild")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @Operation(operationId = "rebuildReplica", summary = "Rebuild a replica from its topic",
            description = "ADMIN. Empties the replica, forgets which events it processed and replays its topic from the"
                    + " first offset; answers when done (seconds for a catalogue of thousands of events). Use it after"
                    + " deploying a replica version that keeps more event types, or when a replica is lost or suspect."
                    + " Live consumers keep running meanwhile; readers see a partly filled replica until it finishes."
                    + " Only one rebuild of a replica runs at a time across all instances (409 otherwise).")
    @APIResponse(responseCode = "200", description = "What the rebuild read and applied",
            content = @Content(schema = @Schema(implementation = RebuildReport.class)))
    @APIResponse(responseCode = "409", description = "A rebuild of this replica is already running",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "Kafka could not be read. Before the replica was emptied nothing"
            + " changed; if it broke off during the replay the detail says so: run it again once Kafka is back",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RebuildReport rebuild(@PathParam("name") @Parameter(description = "Replica name, from the list",
            example = "catalog-replica") String name) {
        return rebuilder.rebuild(name);
    }
}
