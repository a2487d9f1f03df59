package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.ServiceUnit;
import id.kompeten.evaluation.domain.ServiceUnitRepository;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who may do what with a service unit. Service units are not secret (404 for an unknown code, 403 for a refusal):
 * ADMIN, EVALUATOR and INTEGRATION read every unit; UNIT_ADMIN and SUPERVISOR read the units whose parent is the
 * {@code unit} of their token. Survey responses come from ADMIN, INTEGRATION (e-SKM kiosks) and the UNIT_ADMIN of the
 * parent unit.
 */
@ApplicationScoped
public class ServiceUnitAccess {

    /** The resource named in 404s. */
    public static final String RESOURCE = "ServiceUnit";

    private final ServiceUnitRepository units;
    private final CurrentUser user;

    ServiceUnitAccess(ServiceUnitRepository units, CurrentUser user) {
        this.units = units;
        this.user = user;
    }

    /** The unit; 404 when unknown, 403 when the caller may not read it. */
    public ServiceUnit requireReadable(String code) {
        ServiceUnit unit = require(code);
        if (!readsAll() && !ownUnit(unit, Roles.UNIT_ADMIN, Roles.SUPERVISOR)) {
            throw new ForbiddenException("Not allowed to read this service unit");
        }
        return unit;
    }

    /** The unit; 404 when unknown, 403 when the caller may not submit survey responses to it. */
    public ServiceUnit requireSubmitter(String code) {
        ServiceUnit unit = require(code);
        if (!user.hasRole(Roles.ADMIN) && !user.hasRole(Roles.INTEGRATION) && !ownUnit(unit, Roles.UNIT_ADMIN)) {
            throw new ForbiddenException("Not allowed to submit survey responses for this service unit");
        }
        return unit;
    }

    /** The parent unit a list is limited to: none for the roles that read all, the token's unit for the others. */
    public Optional<String> listLimit() {
        if (readsAll()) {
            return Optional.empty();
        }
        return Optional.of(user.unit().orElseThrow(() -> new ForbiddenException("No service unit is visible")));
    }

    private boolean readsAll() {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.EVALUATOR) || user.hasRole(Roles.INTEGRATION);
    }

    private boolean ownUnit(ServiceUnit unit, String... roles) {
        Optional<String> own = user.unit();
        if (own.isEmpty() || !own.get().equals(unit.parentUnitCode())) {
            return false;
        }
        for (String role : roles) {
            if (user.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    private ServiceUnit require(String code) {
        return units.findByIdOptional(code).orElseThrow(() -> new NotFoundProblem(RESOURCE, code));
    }
}
