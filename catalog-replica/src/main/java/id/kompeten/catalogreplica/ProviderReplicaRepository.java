package id.kompeten.catalogreplica;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProviderReplicaRepository implements PanacheRepositoryBase<ProviderReplica, String> {

    /** The row, locked until the transaction ends (native plain {@code FOR UPDATE}, as MariaDB needs). */
    public Optional<ProviderReplica> findForUpdate(String id) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM provider_replica WHERE id = ?1 FOR UPDATE", ProviderReplica.class)
                .setParameter(1, id)
                .getResultStream()
                .map(ProviderReplica.class::cast)
                .findFirst();
    }

    /** Those of these providers the replica holds, in no particular order. */
    public List<ProviderReplica> findByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
