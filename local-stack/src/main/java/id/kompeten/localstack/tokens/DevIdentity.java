package id.kompeten.localstack.tokens;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who a development token speaks for: claims {@code sub}, {@code groups} (roles), and {@code nip} and {@code unit} for
 * people ({@code null} for systems such as an INTEGRATION client).
 */
public record DevIdentity(String subject, Set<String> roles, String nip, String unit) {

    public DevIdentity {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
    }

    /** A civil servant with one role; the subject is derived from the NIP so it is stable across runs. */
    public static DevIdentity person(String role, String nip, String unit) {
        return new DevIdentity("dev-" + Objects.requireNonNull(nip, "nip"), Set.of(role), nip, unit);
    }

    /** A system client (no NIP, no unit), e.g. another government system calling with role INTEGRATION. */
    public static DevIdentity system(String role) {
        return new DevIdentity("dev-" + role.toLowerCase(Locale.ROOT).replace('_', '-'), Set.of(role), null, null);
    }

    /** The same person holding other roles, e.g. a supervisor who is also their unit's admin. */
    public DevIdentity withRoles(String... newRoles) {
        return new DevIdentity(subject, Set.of(newRoles), nip, unit);
    }
}
