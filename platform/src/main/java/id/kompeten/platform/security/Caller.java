package id.kompeten.platform.security;

import java.util.Set;

/**
 * Who is calling, as far as access rules care: plain data so the rules are tested without Quarkus. {@code nip} and
 * {@code unit} are {@code null} when the token has no such claim (systems, or a token without them).
 */
public record Caller(String subject, Set<String> roles, String nip, String unit) {

    /** Nobody: no token, or a request that never authenticated. */
    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null, null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
