package id.kompeten.catalogreplica;

import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.CompetencyEvent;
import id.kompeten.contracts.catalog.CompetencySnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Keeps the local read copies of the training catalogue current from its events. */
@ApplicationScoped
public class CatalogReplicaService {

    private final CompetencyReplicaRepository competencies;

    CatalogReplicaService(CompetencyReplicaRepository competencies) {
        this.competencies = competencies;
    }

    /** Applies one catalogue event, inside the consumer's transaction that also records the event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CatalogEvent event) {
        if (event instanceof CompetencyEvent competencyEvent) {
            upsert(competencyEvent.competency());
        }
    }

    private void upsert(CompetencySnapshot snapshot) {
        Instant now = Instant.now();
        competencies.findByIdOptional(snapshot.code()).ifPresentOrElse(
                replica -> replica.refresh(snapshot, now),
                () -> competencies.persist(new CompetencyReplica(snapshot, now)));
    }
}
