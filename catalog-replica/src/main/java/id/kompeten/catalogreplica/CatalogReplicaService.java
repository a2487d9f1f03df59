package id.kompeten.catalogreplica;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.CompetencyEvent;
import id.kompeten.contracts.catalog.CompetencySnapshot;
import id.kompeten.contracts.catalog.CourseArchived;
import id.kompeten.contracts.catalog.CoursePublished;
import id.kompeten.contracts.catalog.CourseSnapshot;
import id.kompeten.contracts.catalog.CourseUpdated;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.ProviderSnapshot;
import id.kompeten.contracts.catalog.ProviderUpdated;
import id.kompeten.contracts.catalog.SessionCancelled;
import id.kompeten.contracts.catalog.SessionCompleted;
import id.kompeten.contracts.catalog.SessionOpened;
import id.kompeten.contracts.catalog.SessionScheduled;
import id.kompeten.contracts.catalog.SessionSnapshot;
import id.kompeten.contracts.catalog.SessionUpdated;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.Replica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Keeps the local read copies of the training catalogue current from its events: competencies, providers, courses and
 * sessions, each upserted by id under a row lock. Every event carries its aggregate's full snapshot, so each type is
 * the same upsert; a snapshot not newer than the one held is {@link EffectOutcome#IGNORED}. A session that changed is
 * announced in the same transaction ({@link SessionReplicaChanged}). A catalogue type added later is
 * {@link EffectOutcome#NOT_HANDLED} until this replica keeps it; it then needs one rebuild
 * ({@code POST /api/v1/replicas/catalog-replica/rebuild}).
 */
@ApplicationScoped
public class CatalogReplicaService implements Replica<CatalogEvent> {

    /** Name under which processed event ids are recorded, and the replica's name for operators. */
    public static final String NAME = "catalog-replica";

    private final CompetencyReplicaRepository competencies;
    private final ProviderReplicaRepository providers;
    private final CourseReplicaRepository courses;
    private final SessionReplicaRepository sessions;
    private final CatalogReplicaConfig config;
    private final Event<SessionReplicaChanged> sessionChanges;

    CatalogReplicaService(CompetencyReplicaRepository competencies, ProviderReplicaRepository providers,
            CourseReplicaRepository courses, SessionReplicaRepository sessions, CatalogReplicaConfig config,
            Event<SessionReplicaChanged> sessionChanges) {
        this.competencies = competencies;
        this.providers = providers;
        this.courses = courses;
        this.sessions = sessions;
        this.config = config;
        this.sessionChanges = sessionChanges;
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

    /** Every table of the replica; no foreign keys between them, so a rebuild may empty them in any order. */
    @Override
    public List<String> tables() {
        return List.of("competency_replica", "provider_replica", "course_replica", "course_competency_replica",
                "session_replica", "session_day_replica");
    }

    /** Applies one catalogue event, inside the consumer's transaction that also records the event id. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public EffectOutcome apply(CatalogEvent event) {
        if (event instanceof CompetencyEvent e) {
            return competency(e.competency());
        }
        if (event instanceof ProviderRegistered e) {
            return provider(e.provider());
        }
        if (event instanceof ProviderUpdated e) {
            return provider(e.provider());
        }
        if (event instanceof CoursePublished e) {
            return course(e.course());
        }
        if (event instanceof CourseUpdated e) {
            return course(e.course());
        }
        if (event instanceof CourseArchived e) {
            return course(e.course());
        }
        if (event instanceof SessionScheduled e) {
            return session(e.session());
        }
        if (event instanceof SessionUpdated e) {
            return session(e.session());
        }
        if (event instanceof SessionOpened e) {
            return session(e.session());
        }
        if (event instanceof SessionCancelled e) {
            return session(e.session());
        }
        if (event instanceof SessionCompleted e) {
            return session(e.session());
        }
        return EffectOutcome.NOT_HANDLED;
    }

    private EffectOutcome competency(CompetencySnapshot snapshot) {
        Instant now = Instant.now();
        return outcome(upsert(competencies.findForUpdate(snapshot.code()), held -> held.refresh(snapshot, now),
                () -> new CompetencyReplica(snapshot, now), competencies::persist));
    }

    private EffectOutcome provider(ProviderSnapshot snapshot) {
        Instant now = Instant.now();
        return outcome(upsert(providers.findForUpdate(snapshot.id()), held -> held.refresh(snapshot, now),
                () -> new ProviderReplica(snapshot, now), providers::persist));
    }

    private EffectOutcome course(CourseSnapshot snapshot) {
        Instant now = Instant.now();
        return outcome(upsert(courses.findForUpdate(snapshot.id()), held -> held.refresh(snapshot, now),
                () -> new CourseReplica(snapshot, now), courses::persist));
    }

    /** A session that changed is announced to the service's observers ({@link SessionReplicaChanged}). */
    private EffectOutcome session(SessionSnapshot snapshot) {
        Instant now = Instant.now();
        Optional<SessionReplica> changed = upsert(sessions.findForUpdate(snapshot.id()),
                held -> held.refresh(snapshot, now), () -> new SessionReplica(snapshot, now), sessions::persist);
        changed.ifPresent(session -> {
            sessions.flush(); // observers' own queries, native ones included, see the session as stored
            sessionChanges.fire(new SessionReplicaChanged(session));
        });
        return outcome(changed);
    }

    /**
     * Takes the snapshot into the held row if it is newer, or inserts a new row; returns the row if it changed.
     * <p>
     * The held row comes locked ({@code findForUpdate}), because a rebuild's replay and the live consumer (of this or
     * another instance) may apply two versions of one aggregate at the same time: the second waits for the first and
     * then compares versions with what it wrote. Two first inserts of one id collide on the primary key instead; the
     * loser is retried and then finds the row.
     */
    private static <R> Optional<R> upsert(Optional<R> held, Predicate<R> refresh, Supplier<R> create,
            Consumer<R> persist) {
        if (held.isPresent()) {
            return refresh.test(held.get()) ? held : Optional.empty();
        }
        R created = create.get();
        persist.accept(created);
        return Optional.of(created);
    }

    private static EffectOutcome outcome(Optional<?> changed) {
        return changed.isPresent() ? EffectOutcome.APPLIED : EffectOutcome.IGNORED;
    }
}
