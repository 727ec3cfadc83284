package dev.qlio.orm.internal.session;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * How a session's statements relate to a transaction: the session's {@linkplain OwnTransaction own
 * transaction} (begun lazily, committed by the session) or a {@linkplain JoinedTransaction joined
 * Spring transaction} (committed by Spring). The session asks its strategy before every statement
 * and delegates commit, rollback and the end of the unit of work to it.
 */
interface TransactionStrategy {

    /**
     * The strategy for a new session: it joins the transaction Spring has bound to the data
     * source's connection, if any, or else runs its own.
     *
     * @param engine the engine
     * @param readOnly whether the session only reads: outside a transaction its connection is then
     *     marked read-only before first use, which a {@link LazyConnectionDataSourceProxy} with a
     *     read-only data source (a read replica) takes as the cue to fetch it from there
     * @return the strategy, holding its connection
     */
    static TransactionStrategy open(Engine engine, boolean readOnly) {
        DataSource dataSource = engine.dataSource();
        boolean routeToReplica =
                readOnly
                        && dataSource instanceof LazyConnectionDataSourceProxy
                        && !joins(dataSource);
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            if (routeToReplica) {
                c.setReadOnly(true);
            }
            engine.dialect().statements().prepareConnection(c);
            if (DataSourceUtils.isConnectionTransactional(c, dataSource)) {
                return new JoinedTransaction(c);
            }
            return new OwnTransaction(engine, c);
        } catch (SQLException | RuntimeException ex) {
            DataSourceUtils.releaseConnection(c, dataSource);
            if (ex instanceof SQLException sql) {
                throw engine.translate("Qlio open session", null, sql);
            }
            throw (RuntimeException) ex;
        }
    }

    /**
     * Whether a session opened now on the calling thread would join a Spring-managed transaction
     * (the connection Spring bound to the data source) rather than run its own: the decision {@link
     * #open} takes, asked without opening anything.
     *
     * @param dataSource the database's data source
     * @return whether the session would join
     */
    static boolean joins(DataSource dataSource) {
        return org.springframework.transaction.support.TransactionSynchronizationManager
                        .getResource(dataSource)
                instanceof org.springframework.jdbc.datasource.ConnectionHolder;
    }

    /**
     * The connection every statement of the session runs on.
     *
     * @return the connection
     */
    Connection connection();

    /**
     * Whether this is a Spring-managed transaction the session only takes part in.
     *
     * @return whether it is joined
     */
    boolean joined();

    /**
     * Makes the transaction ready for a statement: begins it when the statement needs it.
     *
     * @param operation the kind of statement
     */
    void beforeStatement(Operation operation);

    /**
     * Makes the transaction ready for a cursor, which some databases keep only inside one.
     *
     * @param needsTransaction whether the dialect's cursors need a transaction
     */
    void beforeCursor(boolean needsTransaction);

    /**
     * Whether statements run inside a transaction now (a failed one dooms it).
     *
     * @return whether a transaction is active
     */
    boolean active();

    /** Begins the transaction if it has not begun (before a savepoint). */
    void begin();

    /** Commits. */
    void commit();

    /** Rolls back. */
    void rollback();

    /**
     * Ends the unit of work: rolls back what was not committed, restores the connection's settings.
     * Does not release the connection.
     */
    void end();

    /**
     * Whether the connection came with auto-commit on (restored by a leak's cleanup).
     *
     * @return whether to restore auto-commit
     */
    boolean restoreAutoCommit();
}
