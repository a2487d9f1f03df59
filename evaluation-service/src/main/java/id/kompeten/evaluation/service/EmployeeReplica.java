package id.kompeten.evaluation.service;

import id.kompeten.contracts.Topic;
import id.kompeten.contracts.participant.ParticipantEvent;
import id.kompeten.contracts.participant.ParticipantSnapshot;
import id.kompeten.evaluation.config.EmployeeReplicaConfig;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.platform.messaging.EffectOutcome;
import id.kompeten.platform.messaging.Replica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The employees evaluation knows, kept from enrollment's participant register ({@code enrollment.participants}): each
 * event carries the person's full snapshot, upserted by NIP under a row lock; a snapshot not newer than the one held
 * is {@link EffectOutcome#IGNORED}. Rebuilt from the compacted topic with
 * {@code POST /api/v1/replicas/employees/rebuild}.
 */
@ApplicationScoped
public class EmployeeReplica implements Replica<ParticipantEvent> {

    /** Name under which processed event ids are recorded, and the replica's name for operators. */
    public static final String NAME = "employees";

    private final EmployeeRepository employees;
    private final EmployeeReplicaConfig config;

    EmployeeReplica(EmployeeRepository employees, EmployeeReplicaConfig config) {
        this.employees = employees;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Topic topic() {
        return Topic.ENROLLMENT_PARTICIPANTS;
    }

    @Override
    public Class<ParticipantEvent> eventFamily() {
        return ParticipantEvent.class;
    }

    @Override
    public String consumerGroup() {
        return config.consumerGroup();
    }

    /** Only the replica's own table: the profiles and completions are evaluation's records and survive a rebuild. */
    @Override
    public List<String> tables() {
        return List.of("employee");
    }

    /**
     * Takes the snapshot, inside the consumer's transaction that also records the event id. Two first inserts of one
     * NIP (two instances, or a rebuild racing the live consumer) collide on the primary key; the loser is retried and
     * then finds the row.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public EffectOutcome apply(ParticipantEvent event) {
        ParticipantSnapshot snapshot = event.participant();
        Instant now = Instant.now();
        Optional<Employee> held = employees.findForUpdate(snapshot.nip());
        if (held.isPresent()) {
            return held.get().update(snapshot, now) ? EffectOutcome.APPLIED : EffectOutcome.IGNORED;
        }
        employees.persist(new Employee(snapshot, now));
        return EffectOutcome.APPLIED;
    }
}
