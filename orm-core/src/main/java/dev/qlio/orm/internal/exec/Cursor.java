package dev.qlio.orm.internal.exec;

import io.micrometer.observation.Observation;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/**
 * A result set read row by row behind a {@code Stream}: it holds its statement until it is closed,
 * by the stream or by the end of its session, and reports its rows and outcome when it closes.
 *
 * @param <T> what a row becomes
 */
final class Cursor<T> extends Spliterators.AbstractSpliterator<T> implements OpenCursor {

    private final StatementExecutor executor;

    private final ConnectionSource source;

    private final String table;

    private final String sql;

    private final PreparedStatement statement;

    private final ResultSet resultSet;

    private final RowReader<T> reader;

    private final @Nullable Observation observation;

    private boolean closed;

    /** What closed the cursor when its source did, for the message of a later read. */
    private @Nullable String closedBy;

    private long rows;

    Cursor(
            StatementExecutor executor,
            ConnectionSource source,
            String table,
            String sql,
            PreparedStatement statement,
            ResultSet resultSet,
            RowReader<T> reader,
            @Nullable Observation observation) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.executor = executor;
        this.source = source;
        this.table = table;
        this.sql = sql;
        this.statement = statement;
        this.resultSet = resultSet;
        this.reader = reader;
        this.observation = observation;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (this.closed) {
            String by = this.closedBy;
            throw new IllegalStateException(
                    by != null
                            ? "The stream of "
                                    + this.table
                                    + " was closed by "
                                    + by
                                    + ": a stream reads inside its session's transaction, so"
                                    + " finish reading it before commit() or rollback()"
                            : "The stream of "
                                    + this.table
                                    + " is closed (or its session is): read it inside the"
                                    + " session's try block");
        }
        try {
            if (!this.resultSet.next()) {
                return false;
            }
            action.accept(this.reader.read(this.resultSet));
            this.rows++;
            return true;
        } catch (SQLException ex) {
            DataAccessException translated =
                    this.executor.translate("Qlio stream of " + this.table, this.sql, ex);
            close(translated);
            this.source.statementFailed(Operation.SELECT, translated);
            throw translated;
        }
    }

    @Override
    public void close() {
        close(null);
    }

    @Override
    public void closeBy(String reason) {
        if (!this.closed) {
            this.closedBy = reason;
            close(null);
        }
    }

    private void close(@Nullable Throwable error) {
        if (this.closed) {
            return;
        }
        this.closed = true;
        try {
            this.resultSet.close();
            this.statement.close();
        } catch (SQLException ex) {
            // the statement dies with its connection anyway
        }
        this.source.cursorClosed(this);
        this.executor.cursorEnded(this.observation, this.rows, error);
    }
}
