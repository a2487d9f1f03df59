package id.kompeten.platform.security;

import id.kompeten.platform.error.NotFoundProblem;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * "Own records only", the same way in every resource: a participant sees their own records, a supervisor also their
 * subordinates', a unit admin their unit's, ADMIN and INTEGRATION (and the roles an endpoint names) everything. The
 * rules themselves are in {@link AccessScope}.
 * <pre>{@code
 * Enrollment enrollment = enrollments.get(id);
 * accessPolicy.requireAccess(Owner.person(enrollment.nip, enrollment.unitCode, enrollment.supervisorNip),
 *         Roles.CATALOG_MANAGER);
 * }</pre>
 */
@ApplicationScoped
public class AccessPolicy {

    private final CurrentUser currentUser;

    public AccessPolicy(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** 403 ({@link ForbiddenException}) unless the caller may see a record owned by {@code owner}. */
    public void requireAccess(Owner owner, String... rolesThatSeeAll) {
        if (!scopeOf(rolesThatSeeAll).includes(owner)) {
            throw new ForbiddenException("Not allowed to access this record");
        }
    }

    /**
     * 404 ({@link NotFoundProblem} for {@code resource} {@code id}) unless the caller may see the record: for records
     * whose existence alone is private, so a refusal reveals nothing.
     */
    public void requireVisible(Owner owner, String resource, Object id, String... rolesThatSeeAll) {
        if (!scopeOf(rolesThatSeeAll).includes(owner)) {
            throw new NotFoundProblem(resource, id);
        }
    }

    /** True when the caller may see a record owned by {@code owner}, for decisions that are not refusals. */
    public boolean canAccess(Owner owner, String... rolesThatSeeAll) {
        return scopeOf(rolesThatSeeAll).includes(owner);
    }

    /**
     * What a list endpoint may return to the caller; 403 when that is nothing at all (neither a role that sees others'
     * records nor a {@code nip} of their own). Filter with {@link AccessScope#restriction} or its parts.
     */
    public AccessScope scope(String... rolesThatSeeAll) {
        AccessScope scope = scopeOf(rolesThatSeeAll);
        if (scope.isEmpty()) {
            throw new ForbiddenException("No records are visible to this caller");
        }
        return scope;
    }

    private AccessScope scopeOf(String... rolesThatSeeAll) {
        if (!currentUser.isAuthenticated()) {
            // Endpoints using this policy are meant to carry @RolesAllowed or @Authenticated; this is the safety net.
            throw new UnauthorizedException();
        }
        return AccessScope.of(currentUser.caller(), List.of(rolesThatSeeAll));
    }
}
