package id.kompeten.catalogreplica;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.CompetencyEvent;
import id.kompeten.contracts.catalog.CompetencySnapshot;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.Replica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the local read copies of the training catalogue current from its events. Today it keeps competencies only;
 * providers, courses and sessions are {@link EffectOutcome#NOT_HANDLED}, so they stay unrecorded and a version that
 * keeps them gets them by a rebuild ({@code POST /api/v1/replicas/catalog-replica/rebuild}).
 */
@ApplicationScoped
public class CatalogReplicaService implements Replica<CatalogEvent> {

    /** Name under which processed event ids are recorded, and the replica's name for operators. */
    public static final String NAME = "catalog-replica";

    private final CompetencyReplicaRepository competencies;
    private final CatalogReplicaConfig config;

    CatalogReplicaService(CompetencyReplicaRepository competencies, CatalogReplicaConfig config) {
        this.competencies = competencies;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Topic topic() {
        return Topic.TRAINING_CATALOG;
    }

    @Override
    public Class<CatalogEvent> eventFamily() {
        return CatalogEvent.class;
    }

    @Override
    public String consumerGroup() {
        return config.consumerGroup();
    }

    @Override
    public List<String> tables() {
        return List.of("competency_replica");
    }

    /** Applies one catalogue event, inside the consumer's transaction that also records the event id. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public EffectOutcome apply(CatalogEvent event) {
        if (event instanceof CompetencyEvent competencyEvent) {
            return upsert(competencyEvent.competency());
        }
        return EffectOutcome.NOT_HANDLED;
    }

    private EffectOutcome upsert(CompetencySnapshot snapshot) {
        Instant now = Instant.now();
        // Locked: a rebuild's replay and the live consumer may apply two versions of one competency at the same time.
        return competencies.findForUpdate(snapshot.code())
                .map(replica -> replica.refresh(snapshot, now) ? EffectOutcome.APPLIED : EffectOutcome.IGNORED)
                .orElseGet(() -> {
                    competencies.persist(new CompetencyReplica(snapshot, now));
                    return EffectOutcome.APPLIED;
                });
    }
}
