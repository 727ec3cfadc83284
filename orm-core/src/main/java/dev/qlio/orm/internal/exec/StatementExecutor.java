package dev.qlio.orm.internal.exec;

import dev.qlio.orm.dialect.Dialect;
import io.micrometer.observation.Observation;
import java.lang.ref.Reference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * The one road every statement takes: observe → prepare → bind → execute → map → count rows →
 * translate errors. Typed queries, row writes, bulk statements, raw SQL, DDL, relationship loads
 * and streams all run here, so a concern that applies to every statement (a timeout, a listener) is
 * one edit. One executor serves one {@link ConnectionSource}; it is as thread-safe as its source.
 */
public final class StatementExecutor {

    private final ConnectionSource source;

    private final Instrumentation instrumentation;

    private final ErrorTranslator translator;

    private final Dialect dialect;

    private final int fetchSize;

    private final StatementTimeout timeout;

    private final @Nullable Duration queryTimeout;

    /**
     * An executor over one connection source.
     *
     * @param source where connections come from
     * @param instrumentation observes every execution
     * @param translator translates JDBC errors
     * @param dialect prepares cursors for streaming
     * @param fetchSize rows per round trip of a cursor
     * @param timeout the time limits every statement gets
     */
    public StatementExecutor(
            ConnectionSource source,
            Instrumentation instrumentation,
            ErrorTranslator translator,
            Dialect dialect,
            int fetchSize,
            StatementTimeout timeout) {
        this(source, instrumentation, translator, dialect, fetchSize, timeout, null);
    }

    private StatementExecutor(
            ConnectionSource source,
            Instrumentation instrumentation,
            ErrorTranslator translator,
            Dialect dialect,
            int fetchSize,
            StatementTimeout timeout,
            @Nullable Duration queryTimeout) {
        this.source = source;
        this.instrumentation = instrumentation;
        this.translator = translator;
        this.dialect = dialect;
        this.fetchSize = fetchSize;
        this.timeout = timeout;
        this.queryTimeout = queryTimeout;
    }

    /**
     * This executor with a query's own time limit for its statements (the shorter of it and the
     * database's default and the transaction's deadline applies).
     *
     * @param queryTimeout the limit, or {@code null} for this executor unchanged
     * @return the executor
     */
    public StatementExecutor withTimeout(@Nullable Duration queryTimeout) {
        if (queryTimeout == null) {
            return this;
        }
        return new StatementExecutor(
                this.source,
                this.instrumentation,
                this.translator,
                this.dialect,
                this.fetchSize,
                this.timeout,
                queryTimeout);
    }

    /**
     * Runs a prepared statement.
     *
     * @param operation its kind
     * @param table the table it concerns ({@code none} for raw SQL)
     * @param sql the SQL
     * @param execution binds, executes and maps
     * @param <R> the result
     * @return the result
     */
    public <R> R execute(
            Operation operation,
            String table,
            String sql,
            Execution<PreparedStatement, R> execution) {
        return execute(operation, table, sql, Preparation.PREPARED, execution);
    }

    /**
     * Runs a statement created the given way.
     *
     * @param operation its kind
     * @param table the table it concerns ({@code none} for raw SQL)
     * @param sql the SQL
     * @param preparation how the statement is created
     * @param execution binds, executes and maps
     * @param <S> the JDBC statement type
     * @param <R> the result
     * @return the result
     */
    public <S extends Statement, R> R execute(
            Operation operation,
            String table,
            String sql,
            Preparation<S> preparation,
            Execution<S, R> execution) {
        return execute(
                operation,
                table,
                "Qlio " + operation.tag() + " on " + table,
                sql,
                preparation,
                execution);
    }

    /**
     * Runs a statement created the given way, naming the task in error messages.
     *
     * @param operation its kind
     * @param table the table it concerns ({@code none} for raw SQL)
     * @param task what is being done, for error messages, e.g. {@code Qlio add column t.c}
     * @param sql the SQL
     * @param preparation how the statement is created
     * @param execution binds, executes and maps
     * @param <S> the JDBC statement type
     * @param <R> the result
     * @return the result
     */
    public <S extends Statement, R> R execute(
            Operation operation,
            String table,
            String task,
            String sql,
            Preparation<S> preparation,
            Execution<S, R> execution) {
        Connection connection = this.source.connectionFor(operation);
        Observation observation = this.instrumentation.start(operation.tag(), table, sql);
        RowCount rows = new RowCount();
        try (S statement = preparation.prepare(connection, sql);
                StatementTimeout.AutoCloseableTimer timer =
                        this.timeout.apply(statement, connection, this.queryTimeout)) {
            this.instrumentation.connection(observation, connection);
            R result = execution.run(statement, rows);
            count(rows);
            this.instrumentation.success(observation);
            return result;
        } catch (SQLException ex) {
            RuntimeException translated =
                    this.source.explain(this.translator.translate(task, sql, ex));
            this.instrumentation.error(observation, translated);
            this.source.statementFailed(operation, translated);
            throw translated;
        } catch (RuntimeException | Error ex) {
            this.instrumentation.error(observation, ex);
            throw ex;
        } finally {
            // a session nobody else references must not be cleaned while its statement runs
            Reference.reachabilityFence(this.source);
        }
    }

    /**
     * Runs a query and reads every row.
     *
     * @param table the table it concerns
     * @param sql the SQL
     * @param binder binds its parameters
     * @param reader reads one row
     * @param <T> what a row becomes
     * @return the rows, in order
     */
    public <T> List<T> list(String table, String sql, Binder binder, RowReader<T> reader) {
        return execute(
                Operation.SELECT,
                table,
                sql,
                (ps, rows) -> {
                    binder.bind(ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        List<T> result = readAll(rs, reader);
                        rows.read(result.size());
                        return result;
                    }
                });
    }

    /**
     * Runs a prepared update (insert, update, delete, DDL) and returns its row count.
     *
     * @param operation its kind
     * @param table the table it concerns
     * @param sql the SQL
     * @param binder binds its parameters
     * @return the number of rows changed
     */
    public long update(Operation operation, String table, String sql, Binder binder) {
        return execute(
                operation,
                table,
                sql,
                (ps, rows) -> {
                    binder.bind(ps);
                    long count = ps.executeLargeUpdate();
                    rows.written(count);
                    return count;
                });
    }

    /**
     * Opens a stream over a cursor: rows are read as the stream is consumed, with the configured
     * fetch size, and the statement stays open until the stream is closed (or its source ends).
     *
     * @param table the table it concerns
     * @param sql the SQL
     * @param binder binds its parameters
     * @param reader reads one row
     * @param <T> what a row becomes
     * @return the stream; close it
     */
    public <T> Stream<T> stream(String table, String sql, Binder binder, RowReader<T> reader) {
        Connection connection = this.source.cursorConnection();
        Observation observation = this.instrumentation.start(Operation.SELECT.tag(), table, sql);
        @Nullable PreparedStatement ps = null;
        try {
            ps = connection.prepareStatement(sql);
            this.instrumentation.connection(observation, connection);
            this.dialect.statements().prepareForStreaming(ps, this.fetchSize);
            ResultSet rs;
            try (StatementTimeout.AutoCloseableTimer timer =
                    this.timeout.apply(ps, connection, this.queryTimeout)) {
                binder.bind(ps);
                // a cursor's limit covers opening it; reading on is the reader's pace
                rs = ps.executeQuery();
            }
            Cursor<T> cursor =
                    new Cursor<>(this, this.source, table, sql, ps, rs, reader, observation);
            this.source.cursorOpened(cursor);
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException ex) {
            closeQuietly(ps);
            RuntimeException translated =
                    this.source.explain(
                            this.translator.translate("Qlio stream of " + table, sql, ex));
            this.instrumentation.error(observation, translated);
            this.source.statementFailed(Operation.SELECT, translated);
            throw translated;
        } catch (RuntimeException | Error ex) {
            closeQuietly(ps);
            this.instrumentation.error(observation, ex);
            throw ex;
        }
    }

    /** Reports a cursor's end: rows read, outcome. */
    void cursorEnded(@Nullable Observation observation, long rows, @Nullable Throwable error) {
        this.instrumentation.rowsRead(rows);
        if (error != null) {
            this.instrumentation.error(observation, error);
        } else {
            this.instrumentation.success(observation);
        }
    }

    DataAccessException translate(String task, String sql, SQLException ex) {
        return this.translator.translate(task, sql, ex);
    }

    private void count(RowCount rows) {
        if (rows.readCount() > 0) {
            this.instrumentation.rowsRead(rows.readCount());
        }
        if (rows.writtenCount() > 0) {
            this.instrumentation.rowsWritten(rows.writtenCount());
        }
    }

    /**
     * Reads every remaining row of a result set.
     *
     * @param rs the result set
     * @param reader reads one row
     * @param <T> what a row becomes
     * @return the rows
     * @throws SQLException from the driver
     */
    public static <T> List<T> readAll(ResultSet rs, RowReader<T> reader) throws SQLException {
        List<T> result = new ArrayList<>();
        while (rs.next()) {
            result.add(reader.read(rs));
        }
        return result;
    }

    private static void closeQuietly(@Nullable Statement statement) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ex) {
                // the statement dies with its connection anyway
            }
        }
    }
}
