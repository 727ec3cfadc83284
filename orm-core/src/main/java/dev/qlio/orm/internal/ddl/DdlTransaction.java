package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.internal.engine.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Runs a DDL verb on a connection of the engine's data source: joined to the Spring-managed
 * transaction if there is one (then it commits or rolls back with it), else in a transaction of its
 * own, committed at the end and rolled back on failure. SQL errors surface translated to Spring's
 * {@code DataAccessException} hierarchy, naming the failing statement.
 */
final class DdlTransaction {

    private final Engine engine;

    DdlTransaction(Engine engine) {
        this.engine = engine;
    }

    /**
     * Runs work and returns its result.
     *
     * @param task what the work does, for error messages
     * @param work the work
     * @return its result
     */
    <R> R run(String task, Work<R> work) {
        DataSource dataSource = this.engine.dataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        boolean joined = DataSourceUtils.isConnectionTransactional(connection, dataSource);
        DdlScript script = new DdlScript(connection, this.engine, task);
        boolean restoreAutoCommit = false;
        try {
            if (!joined && connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                restoreAutoCommit = true;
            }
            R result = work.run(script);
            if (!joined) {
                script.committing();
                connection.commit();
            }
            return result;
        } catch (SQLException ex) {
            rollback(connection, joined, ex);
            throw this.engine.translate(task, script.current(), ex);
        } catch (RuntimeException | Error ex) {
            rollback(connection, joined, ex);
            throw ex;
        } finally {
            if (restoreAutoCommit) {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the pool resets or discards the connection
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Runs work that returns nothing.
     *
     * @param task what the work does, for error messages
     * @param work the work
     */
    void run(String task, VoidWork work) {
        run(
                task,
                script -> {
                    work.run(script);
                    return Boolean.TRUE;
                });
    }

    private static void rollback(Connection connection, boolean joined, Throwable failure) {
        if (joined) {
            return; // the transaction's owner decides; Spring marks it rollback-only on the throw
        }
        try {
            connection.rollback();
        } catch (SQLException ex) {
            failure.addSuppressed(ex);
        }
    }

    /** Work on a script that returns a result. */
    @FunctionalInterface
    interface Work<R> {
        R run(DdlScript script) throws SQLException;
    }

    /** Work on a script that returns nothing. */
    @FunctionalInterface
    interface VoidWork {
        void run(DdlScript script) throws SQLException;
    }
}
