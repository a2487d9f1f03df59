package id.kompeten.platform.error;

import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Unique keys checked twice: services look a key up before writing (for a clear 409), and the database's unique
 * index catches the request that took the same key between that look-up and the write, from this instance or another.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Runs a write that flushes; a constraint violation there becomes {@code conflict}, anything else propagates. */
    public static void writeOrConflict(Runnable write, Supplier<ConflictProblem> conflict) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw conflict.get();
            }
            throw e;
        }
    }
}
