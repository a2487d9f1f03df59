package id.kompeten.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, read from its verified token. Inject it where a resource or service needs the
 * caller's NIP or unit; for "own records only" use {@link AccessPolicy}.
 */
@RequestScoped
public class CurrentUser {

    private final Caller caller;

    @Inject
    CurrentUser(SecurityIdentity identity) {
        this(identity.isAnonymous() ? Caller.ANONYMOUS : callerOf(identity));
    }

    /** A caller given directly, for plain unit tests of code that depends on the current user. */
    public CurrentUser(Caller caller) {
        this.caller = caller;
    }

    public boolean isAuthenticated() {
        return !caller.isAnonymous();
    }

    /** The {@code sub} claim (a person's or a system's stable id); {@code null} when anonymous. */
    public String subject() {
        return caller.subject();
    }

    public Optional<String> nip() {
        return Optional.ofNullable(caller.nip());
    }

    public Optional<String> unit() {
        return Optional.ofNullable(caller.unit());
    }

    public Set<String> roles() {
        return caller.roles();
    }

    public boolean hasRole(String role) {
        return caller.hasRole(role);
    }

    /** The same caller as plain data, for {@link AccessScope} and other pure rules. */
    public Caller caller() {
        return caller;
    }

    private static Caller callerOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return new Caller(token.getSubject(), identity.getRoles(),
                    text(token, Claims.NIP), text(token, Claims.UNIT));
        }
        // A caller the service set up itself (SystemCaller): its person claims, if any, are identity attributes.
        return new Caller(identity.getPrincipal().getName(), identity.getRoles(), identity.getAttribute(Claims.NIP),
                identity.getAttribute(Claims.UNIT));
    }

    private static String text(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
