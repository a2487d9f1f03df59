package id.kompeten.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs work that starts inside the service, not with a request (loading the demo data at start), as a named system
 * caller with the roles it needs. The services check their callers themselves (AccessPolicy, unit rules), so such
 * work goes through the same checks as an API call instead of around them.
 */
@ApplicationScoped
public class SystemCaller {

    private final CurrentIdentityAssociation identities;

    SystemCaller(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    /**
     * Runs {@code work} in a request context of its own whose caller is {@code name} with {@code role}. A request
     * context active on this thread is set aside meanwhile and restored afterwards, with its own caller.
     */
    public <T> T call(String name, String role, Supplier<T> work) {
        return callAs(name, role, null, null, work);
    }

    /**
     * The same, for a caller who is a person: {@code nip} and {@code unit} (either may be null) are what a token's
     * claims would say, so rules about one's own records, subordinates and unit apply as to that person's requests
     * (e.g. demo data where a participant answers their own evaluation).
     */
    public <T> T callAs(String name, String role, String nip, String unit, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState outer = requestContext.getStateIfActive();
        if (outer != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(name))
                    .addRole(role);
            if (nip != null) {
                identity.addAttribute(Claims.NIP, nip);
            }
            if (unit != null) {
                identity.addAttribute(Claims.UNIT, unit);
            }
            identities.setIdentity(identity.build());
            return work.get();
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }
}
