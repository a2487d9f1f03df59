package id.kompeten.platform.api;

import id.kompeten.platform.error.PreconditionFailedProblem;
import id.kompeten.platform.error.PreconditionRequiredProblem;
import java.util.Arrays;
import java.util.List;

/**
 * Optimistic locking over HTTP: the {@code ETag} of a resource is its entity version; an update must send it back in
 * {@code If-Match}. Entities still carry JPA {@code @Version}, which catches two updates racing past this check.
 */
public final class VersionPrecondition {

    private final List<String> acceptedTags;

    private VersionPrecondition(List<String> acceptedTags) {
        this.acceptedTags = acceptedTags;
    }

    /** The ETag header value for an entity version. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Reads an {@code If-Match} header.
     *
     * @throws PreconditionRequiredProblem (428) when it is missing
     */
    public static VersionPrecondition fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredProblem();
        }
        // Weak tags are accepted as strong: proxies that compress responses weaken ETags they pass on.
        return new VersionPrecondition(Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .toList());
    }

    /**
     * Checks the client saw the current version.
     *
     * @throws PreconditionFailedProblem (412) when it did not
     */
    public void check(long currentVersion) {
        String current = etag(currentVersion);
        if (!acceptedTags.contains("*") && !acceptedTags.contains(current)) {
            throw new PreconditionFailedProblem(current);
        }
    }
}
