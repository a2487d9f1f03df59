package id.kompeten.platform.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises failures that mean "the database cannot serve this request now" rather than "this request is wrong or
 * our code is broken": the pool had no connection to give within its acquisition timeout (too many requests at once),
 * or the database did not answer within the connect, socket or query timeout (stalled, restarting, unreachable). They
 * become 503 with {@code Retry-After}: the same request may well succeed a few seconds later. Event consumers wait for
 * the database on them ({@code EventInbox}) instead of parking the event as a dead letter.
 */
public final class DatabaseUnavailable {

    /** SQL state class 08: connection exception (SQL:2011), as MySQL Connector/J reports a lost or timed-out link. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** The connection pool's package: an SQLException it raises itself means it could not hand out a connection. */
    private static final String POOL_PACKAGE = "io.agroal.";
    /** How far down a cause chain to look. */
    private static final int MAX_CAUSE_DEPTH = 16;

    private DatabaseUnavailable() {
    }

    /** The failure in {@code e}'s cause chain (itself included) that makes it a 503, or null if there is none. */
    public static Throwable causeIn(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUnavailable(sql)) {
                return sql;
            }
            if (cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof org.hibernate.QueryTimeoutException) {
                return cause;
            }
        }
        return null;
    }

    private static boolean isUnavailable(SQLException e) {
        return e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException
                || e instanceof SQLTimeoutException
                || (e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS))
                || raisedByThePool(e);
    }

    /**
     * Agroal signals an acquisition timeout ("Sorry, acquisition timeout!") and a failure to open a new connection
     * with a plain {@link SQLException} without SQL state, so the only stable mark is where it was raised.
     */
    private static boolean raisedByThePool(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(POOL_PACKAGE);
    }
}
