package id.kompeten.catalogreplica;

import id.kompeten.platform.error.NotFoundProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Test-only endpoint that decides from the replica as enrollment does: the session with its course, or a problem. */
@Path("/test/catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogProbeResource {

    private final CatalogReplica catalog;

    CatalogProbeResource(CatalogReplica catalog) {
        this.catalog = catalog;
    }

    @GET
    @Path("/sessions/{id}")
    public Map<String, Object> session(@PathParam("id") String id) {
        SessionWithCourse found = catalog.sessionWithCourse(id).orElseThrow(() -> new NotFoundProblem("Session", id));
        return Map.of("session", found.session().code(), "course", found.course().title(),
                "days", found.session().days().size(), "jp", found.course().jp());
    }
}
