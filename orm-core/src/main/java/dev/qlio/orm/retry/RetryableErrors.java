package dev.qlio.orm.retry;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Tells errors after which running the whole transaction again can succeed from those where it
 * cannot.
 *
 * <p>Transient ({@link #isTransient}): the database rolled the transaction back because it lost a
 * race, and a second run sees the winner's data:
 *
 * <ul>
 *   <li>SQLSTATE {@code 40001} {@code serialization_failure}: PostgreSQL under {@code REPEATABLE
 *       READ}/{@code SERIALIZABLE}, CockroachDB and YugabyteDB (their "restart transaction"
 *       errors), MariaDB/MySQL deadlocks;
 *   <li>SQLSTATE {@code 40P01} {@code deadlock_detected} (PostgreSQL, YugabyteDB);
 *   <li>MySQL/MariaDB error {@code 1213} (deadlock found when trying to get lock);
 *   <li>Aurora DSQL's optimistic-concurrency conflicts {@code OC000} (a row changed by another
 *       transaction) and {@code OC001} (the schema changed): DSQL sends them as SQLSTATE {@code
 *       40001} with the code in the message; the code alone is recognised too, whatever SQLSTATE a
 *       proxy or driver reports;
 *   <li>Spring's {@link PessimisticLockingFailureException} and its subclasses ({@code
 *       CannotAcquireLockException}, {@code DeadlockLoserDataAccessException}, {@code
 *       CannotSerializeTransactionException}), which is how Spring translates the above.
 * </ul>
 *
 * <p>Not transient, on purpose: a lost connection (SQLSTATE class {@code 08}) or CockroachDB's
 * {@code 40003} "statement completion unknown" — the transaction may have committed, so running it
 * again could apply it twice; constraint violations; everything else.
 *
 * <p>{@link OptimisticLockingFailureException} (a stale versioned row) is retryable only when the
 * unit of work reloads the rows it changes; {@link TransactionRetry} retries it when told to.
 */
public final class RetryableErrors {

    /** MySQL and MariaDB: "Deadlock found when trying to get lock; try restarting transaction". */
    private static final int MYSQL_DEADLOCK = 1213;

    /** Causes followed at most, against pathological chains. */
    private static final int MAX_DEPTH = 32;

    private RetryableErrors() {}

    /**
     * Whether the error (or one of its causes) is a serialization failure or a deadlock.
     *
     * @param error the error a transaction ended with
     * @return whether running the transaction again can succeed
     */
    public static boolean isTransient(@Nullable Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH && seen.add(t); depth++) {
            if (t instanceof PessimisticLockingFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    /**
     * Whether the error (or one of its causes) is a stale versioned row.
     *
     * @param error the error
     * @return whether it is an optimistic-locking failure
     */
    public static boolean isOptimisticLockingFailure(@Nullable Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable t = error;
        for (int depth = 0; t != null && depth < MAX_DEPTH && seen.add(t); depth++) {
            if (t instanceof OptimisticLockingFailureException) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    /** Aurora DSQL's OCC conflict codes, as SQLSTATE or as "(OC000)" in the message. */
    private static boolean isDsqlConflict(@Nullable String state, @Nullable String message) {
        if ("OC000".equals(state) || "OC001".equals(state)) {
            return true;
        }
        return message != null && (message.contains("(OC000)") || message.contains("(OC001)"));
    }

    private static boolean isTransient(SQLException ex) {
        // a batch or a driver may chain the real failure behind a generic one
        int n = 0;
        for (SQLException e = ex; e != null && n < MAX_DEPTH; e = e.getNextException(), n++) {
            String state = e.getSQLState();
            if ("40001".equals(state) || "40P01".equals(state)) {
                return true;
            }
            if (e.getErrorCode() == MYSQL_DEADLOCK && (state == null || state.startsWith("40"))) {
                return true;
            }
            if (isDsqlConflict(state, e.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
