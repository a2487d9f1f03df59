package id.kompeten.platform.api;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for creates: the first request with a key runs, and the id of what it created is stored in
 * the same transaction; a retry with the same key and body gets that resource again (201, as it is now), a reuse with
 * another body gets 422. Keys are scoped per caller and operation, and forgotten after
 * {@code kompeten.idempotency.retention} ({@link IdempotencyConfig}).
 * <p>
 * Concurrent requests with one key, on this instance or another sharing the database, are ordered by the database:
 * the first claims the key with an insert, and the others' inserts wait on that row until the first commits (then they
 * replay its result) or rolls back (then one of them runs). No JVM lock is involved.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final ObjectMapper canonical;
    private final SecurityIdentity identity;
    private final IdempotencyConfig config;

    IdempotencyKeys(ObjectMapper mapper, SecurityIdentity identity, IdempotencyConfig config) {
        this.canonical = canonical(mapper);
        this.identity = identity;
        this.config = config;
    }

    /**
     * Runs {@code create} once per key, in the caller's transaction.
     *
     * @param operation names what is created (e.g. {@code competencies}); with the caller it scopes the key
     * @param key       the header value, or null when the client sent none (then {@code create} simply runs)
     * @param request   what was asked for (the request body, or the values read from it), whose canonical JSON must
     *                  match on retries
     * @param existing  reads the resource a first request created, by its id, for a retry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Created<T> createOnce(String operation, String key, Object request, Supplier<Created<T>> create,
            Function<String, T> existing) {
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
            em.createNativeQuery("UPDATE idempotency_key SET resource_id = ?1 WHERE scope = ?2 AND idempotency_key = ?3")
                    .setParameter(1, created.id()).setParameter(2, scope).setParameter(3, key)
                    .executeUpdate();
            return created;
        }
        String id = firstResult(em, scope, key, hash);
        return new Created<>(id, existing.apply(id), true);
    }

    /** The id the first request with this key created; 422 when that request had another body. */
    private static String firstResult(EntityManager em, String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, resource_id FROM idempotency_key"
                        + " WHERE scope = ?1 AND idempotency_key = ?2")
                .setParameter(1, scope).setParameter(2, key)
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            // Claimed but not completed: the insert above waits for the first request, so only a row purged or a
            // claim left by a transaction that outlived the lock wait could get here.
            throw new ConflictProblem("problem.idempotency-key-in-progress.detail");
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new UnprocessableProblem("problem.idempotency-key-reused.detail");
        }
        return (String) row[1];
    }

    @Scheduled(identity = "idempotency-key-purge", every = "1h", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgeExpired() {
        Instant cutOff = Instant.now().minus(config.retention());
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, cutOff)
                .executeUpdate());
    }

    /** SHA-256 of the request's canonical JSON: the same for equal requests, on every instance. */
    String hash(Object request) {
        try {
            byte[] json = canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serialisable as JSON: " + request.getClass().getName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * JSON that depends only on the values: properties and map keys sorted, set elements sorted (a HashSet's order
     * follows hash codes, which for enums differ from one JVM to the next), and fields read directly so that domain
     * values without getters hash by their state.
     */
    private static ObjectMapper canonical(ObjectMapper mapper) {
        ObjectMapper canonical = mapper.copy()
                .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        SimpleModule sets = new SimpleModule("canonical-sets");
        sets.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType type,
                    BeanDescription description, JsonSerializer<?> serializer) {
                return Set.class.isAssignableFrom(type.getRawClass()) ? new SortedSetSerializer(canonical) : serializer;
            }
        });
        return canonical.registerModule(sets);
    }

    /** Writes a set as an array of its elements in the order of their JSON. */
    private static final class SortedSetSerializer extends StdSerializer<Set<?>> {

        private final transient ObjectMapper mapper;

        SortedSetSerializer(ObjectMapper mapper) {
            super(Set.class, false);
            this.mapper = mapper;
        }

        @Override
        public void serialize(Set<?> set, JsonGenerator generator, SerializerProvider provider) throws IOException {
            List<String> elements = new ArrayList<>(set.size());
            for (Object element : set) {
                elements.add(mapper.writeValueAsString(element));
            }
            Collections.sort(elements);
            generator.writeStartArray();
            for (String element : elements) {
                generator.writeRawValue(element);
            }
            generator.writeEndArray();
        }
    }
}
