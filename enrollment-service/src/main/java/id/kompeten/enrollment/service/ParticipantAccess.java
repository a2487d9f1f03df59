package id.kompeten.enrollment.service;

import id.kompeten.enrollment.domain.Participant;
import id.kompeten.platform.security.AccessPolicy;
import id.kompeten.platform.security.AccessScope;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Owner;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may do what with participant records, on top of the roles each operation allows (see ParticipantResource). Reads
 * follow {@link AccessPolicy}: ADMIN and INTEGRATION see everyone, a UNIT_ADMIN their unit, a SUPERVISOR their direct
 * subordinates, everyone their own record; anyone else gets 404, as if the person were not registered. Writes are
 * decided by unit: ADMIN and INTEGRATION write any unit, a UNIT_ADMIN only their own (403 otherwise), and a person
 * may correct their own contact data.
 */
@ApplicationScoped
public class ParticipantAccess {

    static final String RESOURCE = "Participant";

    private final AccessPolicy policy;
    private final CurrentUser user;

    ParticipantAccess(AccessPolicy policy, CurrentUser user) {
        this.policy = policy;
        this.user = user;
    }

    /** 404 unless the caller may see the participant. */
    void requireVisible(Participant participant) {
        policy.requireVisible(owner(participant), RESOURCE, participant.nip());
    }

    /** 403 unless the caller may register, change or import participants of the unit. */
    void requireWritesUnit(String unitCode) {
        if (!writesUnit(unitCode)) {
            throw new ForbiddenException("Not allowed to manage participants of this unit");
        }
    }

    /** True when the caller may register, change or import participants of the unit. */
    boolean writesUnit(String unitCode) {
        // A unit as the owner, not the person: a unit admin's own record does not make other units theirs.
        return policy.canAccess(Owner.unit(unitCode));
    }

    /** 403 unless the caller is the participant or may write their unit (a supervisor only reads). */
    void requireCorrectsContact(Participant participant) {
        boolean self = user.nip().filter(participant.nip()::equals).isPresent();
        if (!self) {
            requireWritesUnit(participant.unitCode());
        }
    }

    /**
     * Whose records a list may show; 403 when that is nobody's, and when a unit admin asks for a unit other than
     * theirs (a supervisor asking for a unit gets those of their subordinates who work there).
     */
    AccessScope listScope(String unitCode) {
        AccessScope scope = policy.scope();
        if (unitCode != null && !scope.isAll() && scope.supervisorNip().isEmpty()
                && scope.unitCode().filter(unitCode::equals).isEmpty()) {
            throw new ForbiddenException("Not allowed to list this unit");
        }
        return scope;
    }

    private static Owner owner(Participant participant) {
        return Owner.person(participant.nip(), participant.unitCode(), participant.supervisorNip());
    }
}
