package id.kompeten.platform.error;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoints that use the database the way a service's reads and writes do. */
@Path("/test/db")
@Produces(MediaType.APPLICATION_JSON)
public class DatabaseProbeResource {

    /** Requests that hold a pooled connection right now. */
    static final AtomicInteger HOLDING = new AtomicInteger();
    /** Where two {@link #lockInOrder} calls meet, each holding its first row. */
    static final CyclicBarrier BOTH_LOCKED = new CyclicBarrier(2);

    private final EntityManager entityManager;

    DatabaseProbeResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @GET
    @Path("/read")
    @Operation(operationId = "readDatabaseProbe")
    @Transactional
    public Map<String, Object> read() {
        return Map.of("one", ((Number) entityManager.createNativeQuery("SELECT 1").getSingleResult()).intValue());
    }

    /** Keeps a connection busy for a while, as a slow request does. */
    @GET
    @Path("/hold")
    @Operation(operationId = "holdDatabaseConnection")
    @Transactional
    public Map<String, Object> hold(@QueryParam("millis") int millis) {
        entityManager.createNativeQuery("SELECT 1").getSingleResult();
        HOLDING.incrementAndGet();
        try {
            entityManager.createNativeQuery("SELECT SLEEP(:seconds)")
                    .setParameter("seconds", millis / 1000.0)
                    .getSingleResult();
        } finally {
            HOLDING.decrementAndGet();
        }
        return Map.of("held", millis);
    }

    /**
     * Updates row {@code first}, waits until a concurrent call has updated its own first row, then updates row
     * {@code second}: two calls in opposite orders deadlock, and the database rolls one of them back.
     */
    @POST
    @Path("/lock-in-order")
    @Operation(operationId = "lockProbeRowsInOrder")
    @Transactional
    public Map<String, Object> lockInOrder(@QueryParam("first") int first, @QueryParam("second") int second)
            throws Exception {
        increment(first);
        BOTH_LOCKED.await(10, TimeUnit.SECONDS);
        increment(second);
        return Map.of("locked", List.of(first, second));
    }

    private void increment(int row) {
        entityManager.createNativeQuery("UPDATE probe_row SET n = n + 1 WHERE id = ?1").setParameter(1, row)
                .executeUpdate();
    }

    @GET
    @Path("/holding")
    @Operation(operationId = "countHeldConnections")
    public Map<String, Object> holding() {
        return Map.of("holding", HOLDING.get());
    }
}
