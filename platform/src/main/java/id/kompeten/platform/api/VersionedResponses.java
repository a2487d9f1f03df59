package id.kompeten.platform.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** 200 and 201 answers with the representation's version as ETag ({@link VersionPrecondition} checks it). */
public final class VersionedResponses {

    private VersionedResponses() {
    }

    public static Response ok(Versioned body) {
        return Response.ok(body).tag(entityTag(body)).build();
    }

    public static Response created(URI location, Versioned body) {
        return Response.created(location).tag(entityTag(body)).entity(body).build();
    }

    private static EntityTag entityTag(Versioned body) {
        // Serialized quoted, exactly as VersionPrecondition.etag(version), which If-Match is compared with.
        return new EntityTag(String.valueOf(body.version()));
    }
}
