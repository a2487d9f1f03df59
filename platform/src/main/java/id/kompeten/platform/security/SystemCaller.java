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
        Objects.requireNonNull(work, "work");
        ManagedContext requestContext = Arc.container().requestContext();
        InjectableContext.ContextState outer = requestContext.getStateIfActive();
        if (outer != null) {
            requestContext.deactivate();
        }
        requestContext.activate();
        try {
            identities.setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(name))
                    .addRole(role)
                    .build());
            return work.get();
        } finally {
            requestContext.terminate();
            if (outer != null) {
                requestContext.activate(outer);
            }
        }
    }
}
