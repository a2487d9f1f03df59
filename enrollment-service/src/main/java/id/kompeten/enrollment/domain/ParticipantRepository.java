package id.kompeten.enrollment.domain;

import id.kompeten.platform.security.AccessScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, String> {

    /** How the participant's owner parts are named for {@link AccessScope#restriction}. */
    public static final AccessScope.OwnerAttributes OWNER =
            new AccessScope.OwnerAttributes("nip", "unitCode", "supervisorNip");

    /** What a participant list may be narrowed by; null fields do not narrow it. */
    public record Filter(String unitCode, String supervisorNip, Boolean active) {
    }

    /** Participants matching the filter among those the caller may see ({@code visible}), in the given order. */
    public PanacheQuery<Participant> search(Filter filter, AccessScope.Restriction visible, Sort sort) {
        List<String> conditions = new ArrayList<>(List.of(visible.clause()));
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        if (filter.unitCode() != null) {
            conditions.add("unitCode = :unitCode");
            parameters.put("unitCode", filter.unitCode());
        }
        if (filter.supervisorNip() != null) {
            conditions.add("supervisorNip = :supervisorNip");
            parameters.put("supervisorNip", filter.supervisorNip());
        }
        if (filter.active() != null) {
            conditions.add("active = :active");
            parameters.put("active", filter.active());
        }
        return find(String.join(" and ", conditions), sort, parameters);
    }

    /**
     * Up to {@code limit} participants with a number after {@code afterNip} ("" for the first), by number, locked until
     * the transaction ends: a change that races the caller then commits wholly before or after it. A native plain
     * {@code FOR UPDATE}: Hibernate's MySQL dialect writes {@code FOR UPDATE OF <alias>}, which MariaDB rejects.
     */
    public List<Participant> nextForUpdate(String afterNip, int limit) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM participant WHERE nip > ?1 ORDER BY nip LIMIT ?2 FOR UPDATE",
                        Participant.class)
                .setParameter(1, afterNip)
                .setParameter(2, limit)
                .getResultStream()
                .map(Participant.class::cast)
                .toList();
    }

    /** Which of these numbers are registered already. */
    public Set<String> existingNips(Collection<String> nips) {
        if (nips.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createQuery("select p.nip from Participant p where p.nip in :nips", String.class)
                .setParameter("nips", nips)
                .getResultList());
    }
}
