package id.kompeten.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The records a caller may see, as the union of: everything, one unit's, a supervisor's subordinates', one person's
 * own. The single-record check ({@link #includes}) and the list filter ({@link #restriction}) come from the same scope,
 * so a list never shows what a direct read would refuse.
 * <p>
 * The rules ({@link #of}): ADMIN and INTEGRATION, and the roles an endpoint names, see everything; UNIT_ADMIN sees the
 * records of the unit in their {@code unit} claim; SUPERVISOR sees the records whose supervisor is their {@code nip};
 * anyone with a {@code nip} sees their own.
 */
public final class AccessScope {

    private static final AccessScope EVERYTHING = new AccessScope(true, null, null, null);

    private final boolean all;
    private final String unitCode;
    private final String supervisorNip;
    private final String ownNip;

    private AccessScope(boolean all, String unitCode, String supervisorNip, String ownNip) {
        this.all = all;
        this.unitCode = unitCode;
        this.supervisorNip = supervisorNip;
        this.ownNip = ownNip;
    }

    /** What {@code caller} may see where the {@code rolesThatSeeAll} (besides ADMIN and INTEGRATION) see everything. */
    public static AccessScope of(Caller caller, Collection<String> rolesThatSeeAll) {
        if (Roles.SEE_EVERYTHING.stream().anyMatch(caller::hasRole)
                || rolesThatSeeAll.stream().anyMatch(caller::hasRole)) {
            return EVERYTHING;
        }
        return new AccessScope(false,
                caller.hasRole(Roles.UNIT_ADMIN) ? caller.unit() : null,
                caller.hasRole(Roles.SUPERVISOR) ? caller.nip() : null,
                caller.nip());
    }

    /** True when the caller may see a record owned by {@code owner}. */
    public boolean includes(Owner owner) {
        return all
                || matches(unitCode, owner.unitCode())
                || matches(supervisorNip, owner.supervisorNip())
                || matches(ownNip, owner.nip());
    }

    /** Sees every record: list endpoints need no filter. */
    public boolean isAll() {
        return all;
    }

    /** Sees no record at all (e.g. a token with neither a privileged role nor a {@code nip}). */
    public boolean isEmpty() {
        return !all && unitCode == null && supervisorNip == null && ownNip == null;
    }

    /** The unit whose records the caller sees (UNIT_ADMIN). */
    public Optional<String> unitCode() {
        return Optional.ofNullable(unitCode);
    }

    /** The supervisor whose subordinates' records the caller sees (SUPERVISOR: their own NIP). */
    public Optional<String> supervisorNip() {
        return Optional.ofNullable(supervisorNip);
    }

    /** The person whose own records the caller sees. */
    public Optional<String> ownNip() {
        return Optional.ofNullable(ownNip);
    }

    /**
     * The scope as a JPQL/Panache condition on an entity's owner attributes, e.g. for an entity with fields
     * {@code nip}, {@code unitCode} and {@code supervisorNip}:
     * <pre>{@code
     * Restriction visible = scope.restriction(new OwnerAttributes("nip", "unitCode", "supervisorNip"));
     * find("status = :status and " + visible.clause(), visible.parametersWith("status", status));
     * }</pre>
     * Parameters are named {@code scope*} so they do not clash with the query's own.
     */
    public Restriction restriction(OwnerAttributes attributes) {
        if (all) {
            return new Restriction("1 = 1", Map.of());
        }
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        add(alternatives, parameters, attributes.unitCode(), "scopeUnitCode", unitCode);
        add(alternatives, parameters, attributes.supervisorNip(), "scopeSupervisorNip", supervisorNip);
        add(alternatives, parameters, attributes.nip(), "scopeOwnNip", ownNip);
        if (alternatives.isEmpty()) {
            return new Restriction("1 = 0", Map.of());
        }
        return new Restriction("(" + String.join(" or ", alternatives) + ")", parameters);
    }

    private static void add(List<String> alternatives, Map<String, Object> parameters, String attribute,
            String parameter, String value) {
        if (attribute != null && value != null) {
            alternatives.add(attribute + " = :" + parameter);
            parameters.put(parameter, value);
        }
    }

    private static boolean matches(String allowed, String actual) {
        return allowed != null && allowed.equals(actual);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessScope scope && all == scope.all && Objects.equals(unitCode, scope.unitCode)
                && Objects.equals(supervisorNip, scope.supervisorNip) && Objects.equals(ownNip, scope.ownNip);
    }

    @Override
    public int hashCode() {
        return Objects.hash(all, unitCode, supervisorNip, ownNip);
    }

    @Override
    public String toString() {
        return all ? "AccessScope[all]"
                : "AccessScope[unit=" + unitCode + ", supervisor=" + supervisorNip + ", own=" + ownNip + "]";
    }

    /**
     * Names of the entity attributes (JPQL paths) that hold a record's owner NIP, unit code and supervisor NIP;
     * {@code null} for one the entity does not have.
     */
    public record OwnerAttributes(String nip, String unitCode, String supervisorNip) {
    }

    /** A JPQL condition and its named parameters. */
    public record Restriction(String clause, Map<String, Object> parameters) {

        public Restriction {
            parameters = Map.copyOf(parameters);
        }

        /** The parameters plus one of the query's own. */
        public Map<String, Object> parametersWith(String name, Object value) {
            Map<String, Object> merged = new LinkedHashMap<>(parameters);
            merged.put(name, value);
            return merged;
        }
    }
}
