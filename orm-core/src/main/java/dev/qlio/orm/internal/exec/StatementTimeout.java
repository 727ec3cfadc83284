package dev.qlio.orm.internal.exec;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The time a statement may run: the shortest of the database's default query timeout, the query's
 * own, and what is left of the Spring transaction the statement runs in (as {@link
 * DataSourceUtils#applyTransactionTimeout} does for {@code JdbcTemplate}). JDBC counts whole
 * seconds, so a limit is rounded up. Thread-safe.
 */
public final class StatementTimeout {

    private final DataSource dataSource;

    private final @Nullable Duration defaultTimeout;

    private final boolean cancelItself;

    /** Cancels statements at their deadline where the driver does not (one daemon thread). */
    private static final ScheduledExecutorService CANCELLER =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread t = new Thread(r, "qlio-statement-timeout");
                        t.setDaemon(true);
                        return t;
                    });

    /** Nothing to undo: no limit, or the driver enforces it. */
    private static final AutoCloseableTimer NONE = () -> {};

    /** A scheduled cancel, withdrawn when the statement ends. */
    @FunctionalInterface
    public interface AutoCloseableTimer extends AutoCloseable {
        /** Withdraws the cancel if it has not fired. */
        @Override
        void close();
    }

    /**
     * The timeouts of one database.
     *
     * @param dataSource the data source whose Spring transactions carry a deadline
     * @param defaultTimeout every statement's limit, or {@code null} for none
     * @param cancelItself whether Qlio cancels a statement at its deadline because the driver's
     *     query timeout does not stop a running statement
     */
    public StatementTimeout(
            DataSource dataSource, @Nullable Duration defaultTimeout, boolean cancelItself) {
        this.dataSource = dataSource;
        this.defaultTimeout = defaultTimeout;
        this.cancelItself = cancelItself;
    }

    /**
     * Sets the query timeout of a statement about to run, when any limit applies.
     *
     * @param statement the statement
     * @param connection the connection it runs on
     * @param queryTimeout the query's own limit, or {@code null}
     * @return a timer to close when the statement has run (it withdraws a scheduled cancel)
     * @throws SQLException from the driver
     * @throws org.springframework.transaction.TransactionTimedOutException when the transaction's
     *     deadline has already passed
     */
    public AutoCloseableTimer apply(
            Statement statement, Connection connection, @Nullable Duration queryTimeout)
            throws SQLException {
        int seconds = seconds(queryTimeout);
        Object resource = TransactionSynchronizationManager.getResource(this.dataSource);
        if (resource instanceof ConnectionHolder holder
                && holder.hasTimeout()
                && DataSourceUtils.isConnectionTransactional(connection, this.dataSource)) {
            // throws TransactionTimedOutException (and marks rollback-only) once the deadline
            // passed
            int left = holder.getTimeToLiveInSeconds();
            seconds = seconds == 0 ? left : Math.min(seconds, left);
        }
        if (seconds <= 0) {
            return NONE;
        }
        statement.setQueryTimeout(seconds);
        if (!this.cancelItself) {
            return NONE;
        }
        ScheduledFuture<?> cancel =
                CANCELLER.schedule(
                        () -> {
                            try {
                                statement.cancel();
                            } catch (SQLException ex) {
                                // the statement ended meanwhile
                            }
                        },
                        seconds,
                        TimeUnit.SECONDS);
        return () -> cancel.cancel(false);
    }

    /** The configured limit in whole seconds (rounded up), 0 for none. */
    private int seconds(@Nullable Duration queryTimeout) {
        return shorter(shorter(0, this.defaultTimeout), queryTimeout);
    }

    private static int shorter(int seconds, @Nullable Duration limit) {
        if (limit == null) {
            return seconds;
        }
        int s = (int) Math.min(Integer.MAX_VALUE, (limit.toMillis() + 999) / 1000);
        return seconds == 0 ? s : Math.min(seconds, s);
    }

    /**
     * Checks a timeout given by an application: positive.
     *
     * @param timeout the timeout
     * @return the timeout
     * @throws IllegalArgumentException when it is zero or negative
     */
    public static Duration check(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a query timeout must be positive, got " + timeout);
        }
        return timeout;
    }
}
