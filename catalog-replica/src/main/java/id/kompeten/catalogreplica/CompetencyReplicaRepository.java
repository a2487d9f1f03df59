package id.kompeten.catalogreplica;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompetencyReplicaRepository implements PanacheRepositoryBase<CompetencyReplica, String> {
}
