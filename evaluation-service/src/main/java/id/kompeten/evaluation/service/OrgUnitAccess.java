package id.kompeten.evaluation.service;

import id.kompeten.platform.security.Caller;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may read an organisational unit's figures (its training record, its training recommendations): ADMIN, EVALUATOR
 * and INTEGRATION every unit; a UNIT_ADMIN or SUPERVISOR their own (the token's {@code unit} claim).
 */
@ApplicationScoped
public class OrgUnitAccess {

    private final CurrentUser user;

    OrgUnitAccess(CurrentUser user) {
        this.user = user;
    }

    /** 403 when the caller may not read the unit's figures. */
    public void requireReadable(String unitCode) {
        Caller caller = user.caller();
        boolean all = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.EVALUATOR)
                || caller.hasRole(Roles.INTEGRATION);
        boolean ownUnit = (caller.hasRole(Roles.UNIT_ADMIN) || caller.hasRole(Roles.SUPERVISOR))
                && unitCode.equals(caller.unit());
        if (!all && !ownUnit) {
            throw new ForbiddenException("Not allowed to read this unit's figures");
        }
    }
}
