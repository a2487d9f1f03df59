package id.kompeten.platform.error;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;

/**
 * Recognises a transaction the database rolled back to break a deadlock with a concurrent one (SQL state class 40:
 * transaction rollback, as MySQL and MariaDB report a deadlock victim). Nothing of it was written, and the same work
 * will most likely succeed at once: a request gets 409 with {@code Retry-After: 1}, an event consumer tries again
 * ({@code EventInbox}).
 */
public final class TransactionAborted {

    private static final String TRANSACTION_ROLLBACK_CLASS = "40";
    /** MySQL's and MariaDB's ER_LOCK_DEADLOCK; a lock wait timeout (1205) shares SQL state 40001 with it. */
    private static final int DEADLOCK_ERROR_CODE = 1213;
    /** How far down a cause chain to look. */
    private static final int MAX_CAUSE_DEPTH = 16;

    private TransactionAborted() {
    }

    /** Whether {@code e} or one of its causes is such a rollback. */
    public static boolean isIn(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith(TRANSACTION_ROLLBACK_CLASS)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether it was a deadlock proper, detected at once, rather than a lock wait that timed out: only the former is
     * worth trying again straight away (a lock held that long is likely held on the next attempt too).
     */
    public static boolean isDeadlockIn(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DEADLOCK_ERROR_CODE) {
                return true;
            }
        }
        return false;
    }
}
