package id.kompeten.enrollment.service;

import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.Participant;
import id.kompeten.platform.security.AccessPolicy;
import id.kompeten.platform.security.AccessScope;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Owner;
import id.kompeten.platform.security.Roles;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what with enrollments, on top of the roles each operation allows. Reading follows {@link AccessPolicy}
 * with the participant as owner (their unit, their current supervisor, themselves); anyone else gets 404. Requests:
 * a participant for themselves, a unit admin for people of their unit (a nomination), ADMIN for anyone. Approval and
 * rejection: the participant's own supervisor (by the participant's supervisor NIP, not by unit) or ADMIN. Withdrawal:
 * the participant, the unit admin of the enrollment's unit, or ADMIN.
 */
@ApplicationScoped
public class EnrollmentAccess {

    static final String RESOURCE = "Enrollment";

    private final AccessPolicy policy;
    private final CurrentUser user;

    EnrollmentAccess(AccessPolicy policy, CurrentUser user) {
        this.policy = policy;
        this.user = user;
    }

    /** 404 unless the caller may see the enrollment ({@code supervisorNip}: the participant's current one). */
    void requireVisible(Enrollment enrollment, String supervisorNip) {
        policy.requireVisible(Owner.person(enrollment.nip(), enrollment.unitCode(), supervisorNip), RESOURCE,
                enrollment.id());
    }

    /** True when the caller asks for themselves; false when for someone else (a nomination). 403 if not allowed. */
    boolean requireRequests(Participant participant) {
        if (isSelf(participant.nip())) {
            return false;
        }
        if (user.hasRole(Roles.ADMIN)
                || (user.hasRole(Roles.UNIT_ADMIN) && user.unit().filter(participant.unitCode()::equals).isPresent())) {
            return true;
        }
        throw new ForbiddenException("Not allowed to enroll this participant");
    }

    /** 403 unless the caller is the participant's direct supervisor or ADMIN. */
    void requireDecides(Participant participant) {
        boolean supervisor = user.hasRole(Roles.SUPERVISOR) && participant != null
                && participant.supervisorNip() != null && user.nip().filter(participant.supervisorNip()::equals).isPresent();
        if (!supervisor && !user.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only the participant's direct supervisor approves or rejects");
        }
    }

    /** 403 unless the caller is the participant, the admin of the enrollment's unit, or ADMIN. */
    void requireWithdraws(Enrollment enrollment) {
        boolean unitAdmin = user.hasRole(Roles.UNIT_ADMIN) && user.unit().filter(enrollment.unitCode()::equals).isPresent();
        if (!isSelf(enrollment.nip()) && !unitAdmin && !user.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only the participant withdraws their enrollment");
        }
    }

    /** Whose enrollments a list may show (403 when nobody's; a unit admin asking for another unit: 403). */
    AccessScope listScope(String unitCode) {
        AccessScope scope = policy.scope();
        if (unitCode != null && !scope.isAll() && scope.supervisorNip().isEmpty()
                && scope.unitCode().filter(unitCode::equals).isEmpty()) {
            throw new ForbiddenException("Not allowed to list this unit");
        }
        return scope;
    }

    String actor() {
        return user.nip().orElse(user.subject());
    }

    private boolean isSelf(String nip) {
        return user.nip().filter(nip::equals).isPresent();
    }
}
