package id.kompeten.training.service;

import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who sees what of the catalogue. Reads are public, but a citizen sees only what is offered to everyone: drafts are
 * for the catalogue team; meeting links (they often carry passcodes) for the catalogue team and other systems, and
 * enrolled participants will get them from the enrollment service; a provider's contact person, email and phone (data
 * about a person) also for unit admins, who arrange training with providers.
 */
@ApplicationScoped
public class CatalogueAccess {

    private final CurrentUser user;

    CatalogueAccess(CurrentUser user) {
        this.user = user;
    }

    /** CATALOG_MANAGER and ADMIN see DRAFT courses and sessions (and search archived courses). */
    public boolean seesDrafts() {
        return hasAny(Roles.CATALOG_MANAGER, Roles.ADMIN);
    }

    /** For a caller who asked for drafts: 401 when anonymous (they may sign in), 403 when signed in without a role. */
    void requireSeesDrafts() {
        if (seesDrafts()) {
            return;
        }
        if (!user.isAuthenticated()) {
            throw new UnauthorizedException();
        }
        throw new ForbiddenException();
    }

    /** A session's online link: CATALOG_MANAGER, ADMIN and INTEGRATION. */
    public boolean seesOnlineLinks() {
        return hasAny(Roles.CATALOG_MANAGER, Roles.ADMIN, Roles.INTEGRATION);
    }

    /** A provider's contact person, email and phone: CATALOG_MANAGER, ADMIN, INTEGRATION and UNIT_ADMIN. */
    public boolean seesProviderContacts() {
        return hasAny(Roles.CATALOG_MANAGER, Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN);
    }

    private boolean hasAny(String... roles) {
        for (String role : roles) {
            if (user.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
