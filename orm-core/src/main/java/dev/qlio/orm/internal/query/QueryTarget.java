package dev.qlio.orm.internal.query;

import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.StatementExecutor;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What a query runs on: a session of its own, or the transaction-aware shared session, which finds
 * the session of the current transaction (or opens a unit of work) only when the query runs.
 * Queries are built the same way for both, so a misuse fails at the same call on every kind of
 * session.
 */
public interface QueryTarget {

    /**
     * The engine of the database the query runs against.
     *
     * @return the engine
     */
    Engine engine();

    /**
     * Runs the statements of one query in one unit of work.
     *
     * @param work the statements, given the executor to run them on
     * @param <R> the result
     * @return the result
     */
    <R> R call(Function<StatementExecutor, R> work);

    /**
     * Runs the statements of one query that only reads. Outside a transaction the shared session
     * runs it on a connection marked read-only before first use, which a {@code
     * LazyConnectionDataSourceProxy} with a read-only data source sends to a read replica; every
     * other target runs it like {@link #call}.
     *
     * @param work the statements, given the executor to run them on
     * @param <R> the result
     * @return the result
     */
    default <R> R read(Function<StatementExecutor, R> work) {
        return call(work);
    }

    /**
     * Opens a stream whose cursor keeps its unit of work until the stream is closed.
     *
     * @param work opens the stream on the executor
     * @param <T> the element type
     * @return the stream
     */
    <T> Stream<T> stream(Function<StatementExecutor, Stream<T>> work);

    /**
     * Refuses a write where writes are not allowed (a read-only Spring transaction).
     *
     * @param operation the API call, for the message, e.g. {@code update}
     */
    void checkWritable(String operation);
}
