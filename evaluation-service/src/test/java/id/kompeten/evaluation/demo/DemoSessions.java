package id.kompeten.evaluation.demo;

import static id.kompeten.evaluation.profile.ProfileTestSupport.apply;
import static id.kompeten.evaluation.profile.ProfileTestSupport.id;
import static id.kompeten.evaluation.profile.ProfileTestSupport.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CatalogReplicaService;
import id.kompeten.catalogreplica.SessionReplica;
import id.kompeten.contracts.catalog.CatalogEvent;
import id.kompeten.contracts.catalog.SessionScheduled;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo's held runs in the catalogue copy, as the catalogue would announce them, shared by the demo loaders' tests:
 * the copy finds sessions by code, so each code is announced once per test database, with the same dates whichever
 * test runs first.
 */
final class DemoSessions {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private DemoSessions() {
    }

    /** The last day of the demo run {@code code} in these tests. */
    static LocalDate endOf(String code) {
        LocalDate today = LocalDate.now(JAKARTA);
        return switch (code) {
            case "SIAK-01-SBG-00" -> today.minusDays(100);
            case "KP-01-SBG-00" -> today.minusDays(45);
            case "PP-01-MLY-00" -> today.minusDays(50);
            default -> throw new IllegalArgumentException(code);
        };
    }

    /** The run's session id: announced (three days ending {@link #endOf}) unless the copy holds it already. */
    static String session(CatalogReplica replica, CatalogReplicaService catalog, String code) {
        String known = QuarkusTransaction.requiringNew()
                .call(() -> replica.sessionByCode(code).map(SessionReplica::id).orElse(null));
        if (known != null) {
            return known;
        }
        String id = id();
        LocalDate end = endOf(code);
        ObjectNode event = sample(SessionScheduled.class);
        ObjectNode session = (ObjectNode) event.get("session");
        session.put("id", id).put("code", code).put("startDate", end.minusDays(2).toString())
                .put("endDate", end.toString());
        apply(CatalogReplicaService.NAME, CatalogEvent.class, event.toString(), SessionScheduled.class, catalog::apply);
        return id;
    }
}
