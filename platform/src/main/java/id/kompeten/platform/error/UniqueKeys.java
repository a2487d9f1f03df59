package id.kompeten.platform.error;

import java.util.Locale;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/**
 * Unique keys checked twice: services look a key up before writing (for a clear 409), and the database's unique
 * index catches the request that took the same key between that look-up and the write, from this instance or another.
 * Only a violation of that one index means "taken": a foreign key, a NOT NULL column or another unique index failing
 * is a different fault and propagates (a 500 unless the caller maps it on purpose).
 */
public final class UniqueKeys {

    /** The name MySQL and MariaDB give a table's primary key, for keys that are the primary key. */
    public static final String PRIMARY_KEY = "PRIMARY";

    private UniqueKeys() {
    }

    /**
     * Runs a write that flushes; a violation of the unique index {@code uniqueKey} there becomes {@code conflict},
     * anything else propagates.
     *
     * @param uniqueKey the index's name as the schema declares it, e.g. {@code uk_course_code}, or {@link #PRIMARY_KEY}
     */
    public static void writeOrConflict(String uniqueKey, Runnable write, Supplier<? extends RuntimeException> conflict) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (violates(e, uniqueKey)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    /**
     * True when {@code failure} (or one of its causes) is a unique-key violation of {@code uniqueKey}. Hibernate names
     * the index as the server reports it: MariaDB says {@code uk_course_code}, MySQL 8 qualifies it with the table,
     * {@code course.uk_course_code}; both match, in any letter case.
     */
    public static boolean violates(Throwable failure, String uniqueKey) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getKind() == ConstraintKind.UNIQUE && names(violation.getConstraintName(), uniqueKey);
            }
        }
        return false;
    }

    private static boolean names(String reported, String uniqueKey) {
        if (reported == null) {
            return false;
        }
        String name = reported.toLowerCase(Locale.ROOT);
        String key = uniqueKey.toLowerCase(Locale.ROOT);
        return name.equals(key) || name.endsWith("." + key);
    }
}
