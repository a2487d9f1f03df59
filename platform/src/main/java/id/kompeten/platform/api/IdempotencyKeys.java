package id.kompeten.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.UnprocessableProblem;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code Idempotency-Key} for creates: the first request with a key runs, and its result is stored in the same
 * transaction; a retry with the same key and body gets that result again, a reuse with another body gets 422. Keys are
 * scoped per caller and operation, and forgotten after {@code kompeten.idempotency.retention}.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final ObjectMapper canonical;
    private final SecurityIdentity identity;
    private final Duration retention;

    IdempotencyKeys(ObjectMapper mapper, SecurityIdentity identity,
            @ConfigProperty(name = "kompeten.idempotency.retention", defaultValue = "24h") Duration retention) {
        // Sorted keys make the request hash independent of property order; stored responses are read leniently so a
        // field dropped from a DTO since does not break replays.
        this.canonical = mapper.copy()
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.identity = identity;
        this.retention = retention;
    }

    /**
     * Runs {@code create} once per key, in the caller's transaction.
     *
     * @param operation names what is created (e.g. {@code competencies}); with the caller it scopes the key
     * @param key       the header value, or null when the client sent none (then {@code create} simply runs)
     * @param request   the request body, whose canonical JSON must match on retries
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Created<T> createOnce(String operation, String key, Object request, Class<T> bodyType,
            Supplier<Created<T>> create) {
        if (key == null) {
            return create.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidInputProblem(HEADER, "validation.idempotency-key.format");
        }
        String scope = operation + " by " + (identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName());
        String hash = hash(request);
        EntityManager em = Panache.getEntityManager();
        // A concurrent first request with the same key holds the row lock; this waits for it, then sees its row.
        int claimed = em.createNativeQuery("INSERT IGNORE INTO idempotency_key (scope, idempotency_key, request_hash, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).setParameter(4, Instant.now())
                .executeUpdate();
        if (claimed == 1) {
            Created<T> created = create.get();
            em.createNativeQuery("UPDATE idempotency_key SET resource_id = ?1, response_body = ?2"
                            + " WHERE scope = ?3 AND idempotency_key = ?4")
                    .setParameter(1, created.id()).setParameter(2, json(created.body()))
                    .setParameter(3, scope).setParameter(4, key)
                    .executeUpdate();
            return created;
        }
        return replay(em, scope, key, hash, bodyType);
    }

    private <T> Created<T> replay(EntityManager em, String scope, String key, String hash, Class<T> bodyType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, resource_id, response_body FROM idempotency_key"
                        + " WHERE scope = ?1 AND idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key)
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[2] == null) {
            // Claimed but not completed: only possible while the first request is still running elsewhere.
            throw new ConflictProblem("problem.idempotency-key-in-progress.detail");
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new UnprocessableProblem("problem.idempotency-key-reused.detail");
        }
        try {
            return new Created<>((String) row[1], canonical.readValue((String) row[2], bodyType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored response for Idempotency-Key cannot be read", e);
        }
    }

    @Scheduled(identity = "idempotency-key-purge", every = "1h", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        Instant cutOff = Instant.now().minus(retention);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, cutOff)
                .executeUpdate());
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String json(Object value) {
        try {
            return canonical.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serialisable as JSON: " + value.getClass().getName(), e);
        }
    }
}
