package id.kompeten.catalogreplica;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test observer of {@link SessionReplicaChanged}, as enrollment would observe it: records what it saw (the session's
 * version and what a native query in the same transaction reads of it), and fails on demand for chosen sessions.
 */
@ApplicationScoped
public class SessionChangesProbe {

    /** Per session id: "version/capacity as a native query reads it" for each event observed. */
    private final Map<String, List<String>> seen = new ConcurrentHashMap<>();
    private final Set<String> failFor = ConcurrentHashMap.newKeySet();

    void on(@Observes SessionReplicaChanged change) {
        SessionReplica session = change.session();
        Object stored = Panache.getEntityManager()
                .createNativeQuery("SELECT capacity FROM session_replica WHERE id = ?1")
                .setParameter(1, session.id())
                .getSingleResult();
        seen.computeIfAbsent(session.id(), id -> new CopyOnWriteArrayList<>())
                .add(session.sourceVersion() + "/" + stored + "/" + session.days().size());
        if (failFor.contains(session.id())) {
            throw new IllegalStateException("observer failed for " + session.id());
        }
    }

    List<String> seen(String sessionId) {
        return List.copyOf(seen.getOrDefault(sessionId, List.of()));
    }

    void failFor(String sessionId, boolean fail) {
        if (fail) {
            failFor.add(sessionId);
        } else {
            failFor.remove(sessionId);
        }
    }
}
