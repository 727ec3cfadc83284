package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * What a session must give back: run once, by {@code close()} or, for a session that became
 * unreachable unclosed, by the {@link java.lang.ref.Cleaner} (then on the cleaner's thread, with a
 * warning). It must not reach the session, or the session would never become unreachable.
 */
final class SessionResources implements Runnable {

    private final Engine engine;

    private final Connection connection;

    private final DataSource dataSource;

    private final boolean joined;

    private final boolean restoreAutoCommit;

    final LeakDetection.@Nullable Origin origin;

    boolean closedByOwner;

    SessionResources(
            Engine engine, TransactionStrategy transaction, LeakDetection.@Nullable Origin origin) {
        this.engine = engine;
        this.connection = transaction.connection();
        this.dataSource = engine.dataSource();
        this.joined = transaction.joined();
        this.restoreAutoCommit = transaction.restoreAutoCommit();
        this.origin = origin;
    }

    @Override
    public void run() {
        if (!this.closedByOwner) {
            leaked();
            return;
        }
        release();
    }

    /** Gives the connection back (the owner ended its transaction). */
    void release() {
        DataSourceUtils.releaseConnection(this.connection, this.dataSource);
        this.engine.sessionClosed();
    }

    private void leaked() {
        LeakDetection.leaked();
        LeakDetection.Origin o = this.origin;
        String thread = o != null ? o.thread() : "?";
        if (this.joined) {
            // the connection belongs to a Spring transaction, which releases it when it ends;
            // releasing it from the cleaner's thread would close it under the transaction
            LeakDetection.logger.warn(
                    "A Qlio session opened on thread '"
                            + thread
                            + "' inside a Spring-managed transaction was never closed;"
                            + " its transaction releases the connection. Close sessions with"
                            + " try-with-resources"
                            + hint(o),
                    o != null ? o.stack() : null);
            this.engine.sessionClosed();
            return;
        }
        LeakDetection.logger.warn(
                "A Qlio session opened on thread '"
                        + thread
                        + "' was never closed: its uncommitted work was rolled back and its"
                        + " connection released. Close sessions with try-with-resources"
                        + hint(o),
                o != null ? o.stack() : null);
        try {
            // the owning thread is gone from this session: closing from here is safe
            if (!this.connection.getAutoCommit()) {
                this.connection.rollback();
            }
            if (this.restoreAutoCommit) {
                this.connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException ex) {
            // a broken connection: the pool validates it before reuse
        } finally {
            try {
                this.connection.close();
            } catch (SQLException | RuntimeException ex) {
                // nothing more can be done
            }
            this.engine.sessionClosed();
        }
    }

    private static String hint(LeakDetection.@Nullable Origin origin) {
        return origin != null && origin.stack() != null
                ? " (stack trace below: where it was opened)"
                : " (set -D" + LeakDetection.PROPERTY + "=trace to see where it was opened)";
    }
}
