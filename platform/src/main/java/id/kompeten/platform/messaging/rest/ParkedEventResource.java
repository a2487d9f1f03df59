package id.kompeten.platform.messaging.rest;

import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.messaging.ParkedOutboxEvents;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Operators' view of outbox events Kafka kept refusing (see {@link ParkedOutboxEvents}). */
@Path("/api/v1/outbox/parked-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Operations", description = "For operators (ADMIN): parked outbox events and replica rebuilds")
public class ParkedEventResource {

    private final ParkedOutboxEvents parked;

    ParkedEventResource(ParkedOutboxEvents parked) {
        this.parked = parked;
    }

    @GET
    @Operation(operationId = "listParkedEvents", summary = "List parked outbox events",
            description = "ADMIN. Events this service could not publish because Kafka refused them for a reason of their"
                    + " own (too large, topic not authorised) more than kompeten.outbox.max-attempts times. Each holds back"
                    + " the later events of its aggregate. Paged; sortable by id (default), parkedAt, topic.")
    @APIResponse(responseCode = "200", description = "A page of parked events")
    public PageResponse<ParkedEventView> list(@Valid @BeanParam PageRequest page) {
        PageResponse<ParkedOutboxEvents.ParkedEvent> events = parked.list(page);
        return new PageResponse<>(events.items().stream().map(ParkedEventView::of).toList(), events.page(), events.size(),
                events.total());
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @Operation(operationId = "retryParkedEvent", summary = "Retry a parked outbox event",
            description = "ADMIN. After fixing the cause (e.g. raising the broker's message.max.bytes and the producer's"
                    + " max.request.size, or granting the topic's ACL): the relay ships the event on its next run, then the"
                    + " events that waited behind it, in order. If Kafka refuses it again it is parked again.")
    @APIResponse(responseCode = "200", description = "The event, now PENDING",
            content = @Content(schema = @Schema(implementation = ParkedEventView.class)))
    @APIResponse(responseCode = "409", description = "The event is not parked (already shipped, retried or discarded)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ParkedEventView retry(@PathParam("id") @Parameter(description = "Outbox row id, from the list", example = "4711")
            long id) {
        return ParkedEventView.of(parked.retry(id));
    }

    @POST
    @Path("{id}/discard")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type will do
    @Operation(operationId = "discardParkedEvent", summary = "Discard a parked outbox event",
            description = "ADMIN. The event is never published; the events that waited behind it go on. Consumers miss"
                    + " this one change; as every catalogue event is a full snapshot, the aggregate's next event brings"
                    + " them up to date. The row is kept (status DISCARDED) until the outbox retention purges it.")
    @APIResponse(responseCode = "200", description = "The event, now DISCARDED",
            content = @Content(schema = @Schema(implementation = ParkedEventView.class)))
    @APIResponse(responseCode = "409", description = "The event is not parked (already shipped, retried or discarded)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ParkedEventView discard(@PathParam("id") @Parameter(description = "Outbox row id, from the list", example = "4711")
            long id) {
        return ParkedEventView.of(parked.discard(id));
    }
}
