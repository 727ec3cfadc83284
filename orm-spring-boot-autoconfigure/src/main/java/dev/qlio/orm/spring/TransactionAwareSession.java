package dev.qlio.orm.spring;

import dev.qlio.orm.Database;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.query.UpdateQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.session.Savepoint;
import dev.qlio.orm.session.Session;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A shared, thread-safe {@link Session} that takes part in Spring-managed transactions, the way
 * Spring's shared {@code EntityManager} does for JPA.
 *
 * <p>Inside a Spring transaction every call goes to the session bound to that transaction: the
 * first call opens one with {@link Database#session()} (it uses the transaction's connection, the
 * one {@code JdbcTemplate} uses too) and binds it to the transaction, which closes it when it
 * completes. {@code REQUIRES_NEW} suspends it and binds a new one; {@code NESTED} keeps it and uses
 * a savepoint. In a read-only transaction, writes through the typed API ({@code add}, {@code
 * merge}, {@code remove}, {@code update}, {@code delete}) are refused with an {@link
 * InvalidDataAccessApiUsageException}.
 *
 * <p>Outside a transaction each call is its own unit of work: a session is opened, used, committed
 * and closed. Queries returned by {@link #select}, {@link #update} and {@link #delete} are recorded
 * and run when executed, in the transaction current at that time or else in their own unit of work;
 * a {@link SelectQuery#stream() stream} then holds its session until it is closed.
 *
 * <p>{@link #commit()} and {@link #rollback()} always throw {@link IllegalStateException}:
 * transactions belong to Spring ({@code @Transactional}, {@code TransactionTemplate}). {@link
 * #close()} does nothing.
 */
public final class TransactionAwareSession implements Session {

    private final Database database;

    /**
     * A shared session over a database.
     *
     * @param database the database whose sessions are used
     */
    public TransactionAwareSession(Database database) {
        this.database = Objects.requireNonNull(database, "database must not be null");
    }

    /**
     * The database whose sessions this shared session uses.
     *
     * @return the database
     */
    public Database getDatabase() {
        return this.database;
    }

    @Override
    public <T extends Table> SelectQuery<T> select(Class<T> table) {
        return new DeferredSelectQuery<>(this, (session) -> session.select(table));
    }

    @Override
    public <T extends Table> SelectQuery<T> select(AliasedTable<T> table) {
        return new DeferredSelectQuery<>(this, (session) -> session.select(table));
    }

    @Override
    public void add(Table row) {
        write("add", (session) -> session.add(row));
    }

    @Override
    public void addAll(Collection<? extends Table> rows) {
        write("addAll", (session) -> session.addAll(rows));
    }

    @Override
    public void merge(Table row) {
        write("merge", (session) -> session.merge(row));
    }

    @Override
    public void remove(Table row) {
        write("remove", (session) -> session.remove(row));
    }

    @Override
    public <T extends Table> UpdateQuery<T> update(Class<T> table) {
        checkWritable("update");
        return new DeferredUpdateQuery<>(this, (session) -> session.update(table));
    }

    @Override
    public <T extends Table> DeleteQuery<T> delete(Class<T> table) {
        checkWritable("delete");
        return new DeferredDeleteQuery<>(this, (session) -> session.delete(table));
    }

    @Override
    public List<Map<String, Object>> fetch(String sql) {
        return call((session) -> session.fetch(sql));
    }

    @Override
    public List<Map<String, Object>> fetch(String sql, Map<String, ?> params) {
        return call((session) -> session.fetch(sql, params));
    }

    @Override
    public <R> List<R> fetch(String sql, Map<String, ?> params, RowMapper<R> mapper) {
        return call((session) -> session.fetch(sql, params, mapper));
    }

    @Override
    public long execute(String sql, Map<String, ?> params) {
        return call((session) -> session.execute(sql, params));
    }

    /**
     * Sets a savepoint in the current Spring transaction.
     *
     * @return the savepoint
     * @throws IllegalStateException outside a transaction, where a savepoint would outlive nothing
     */
    @Override
    public Savepoint savepoint() {
        Session session = SessionSynchronization.transactionalSession(this.database);
        if (session == null) {
            throw new IllegalStateException(
                    "Session.savepoint() needs a Spring-managed transaction: call it inside a"
                            + " @Transactional method, or use Propagation.NESTED to get a"
                            + " savepoint from Spring");
        }
        return session.savepoint();
    }

    /**
     * Always refused: the shared session takes part in Spring-managed transactions.
     *
     * @throws IllegalStateException always
     */
    @Override
    public void commit() {
        throw transactionsBelongToSpring("commit");
    }

    /**
     * Always refused: the shared session takes part in Spring-managed transactions.
     *
     * @throws IllegalStateException always
     */
    @Override
    public void rollback() {
        throw transactionsBelongToSpring("rollback");
    }

    /** Does nothing: the sessions behind this one are closed by their transaction or call. */
    @Override
    public void close() {}

    /**
     * Runs work on the session of the current transaction, or else in its own unit of work.
     *
     * @param work the work
     * @param <R> its result
     * @return the result
     */
    <R extends @Nullable Object> R call(Function<Session, R> work) {
        Session bound = SessionSynchronization.transactionalSession(this.database);
        if (bound != null) {
            return work.apply(bound);
        }
        try (Session session = this.database.session()) {
            R result = work.apply(session);
            session.commit();
            return result;
        }
    }

    /**
     * Opens a stream on the session of the current transaction, or else on a session of its own
     * that the stream closes when it is closed.
     *
     * @param work opens the stream
     * @param <T> the element type
     * @return the stream
     */
    <T> Stream<T> stream(Function<Session, Stream<T>> work) {
        Session bound = SessionSynchronization.transactionalSession(this.database);
        if (bound != null) {
            return work.apply(bound);
        }
        Session session = this.database.session();
        try {
            return work.apply(session).onClose(session::close);
        } catch (RuntimeException | Error ex) {
            session.close();
            throw ex;
        }
    }

    private void write(String operation, Consumer<Session> work) {
        checkWritable(operation);
        this.<@Nullable Void>call(
                (session) -> {
                    work.accept(session);
                    return null;
                });
    }

    private static void checkWritable(String operation) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new InvalidDataAccessApiUsageException(
                    "Session."
                            + operation
                            + "(...) writes, but the current transaction is read-only; remove"
                            + " readOnly = true from its @Transactional, or write in another"
                            + " transaction");
        }
    }

    private static IllegalStateException transactionsBelongToSpring(String operation) {
        return new IllegalStateException(
                "Session."
                        + operation
                        + "() is not allowed on the shared Session bean: its transactions belong to"
                        + " Spring. Annotate the calling method with @Transactional (or use a"
                        + " TransactionTemplate); outside a transaction each call commits on its"
                        + " own. For a session you commit yourself, use Database.session().");
    }

    @Override
    public String toString() {
        return "TransactionAwareSession[" + this.database + "]";
    }
}
