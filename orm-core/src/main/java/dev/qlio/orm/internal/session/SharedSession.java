package dev.qlio.orm.internal.session;

import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.exec.StatementExecutor;
import dev.qlio.orm.internal.query.DefaultDeleteQuery;
import dev.qlio.orm.internal.query.DefaultSelectQuery;
import dev.qlio.orm.internal.query.DefaultTupleQuery;
import dev.qlio.orm.internal.query.DefaultUpdateQuery;
import dev.qlio.orm.internal.query.QueryTarget;
import dev.qlio.orm.internal.query.RelationshipLoads;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.query.TupleQuery;
import dev.qlio.orm.query.UpdateQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.LoadPath;
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

/**
 * The transaction-aware shared session of one database (behind {@code
 * dev.qlio.orm.TransactionAwareSession}). Its queries are the same builders as any session's, built
 * on this object as their {@link QueryTarget}: they find the session of the transaction current
 * when they run, or run in a unit of work of their own. Thread-safe.
 */
public final class SharedSession implements Session, QueryTarget {

    private final Engine engine;

    /**
     * Whether a session opened now on the calling thread would join a Spring-managed transaction
     * instead of running its own (see {@code TransactionStrategy}).
     *
     * @param engine the database's engine
     * @return whether it would join
     */
    public static boolean wouldJoin(Engine engine) {
        return TransactionStrategy.joins(engine.dataSource());
    }

    /**
     * The shared session of a database.
     *
     * @param engine the database's engine
     */
    public SharedSession(Engine engine) {
        this.engine = engine;
    }

    // ---- where statements run ----------------------------------------------------------------

    @Override
    public Engine engine() {
        return this.engine;
    }

    @Override
    public <R> R call(Function<StatementExecutor, R> work) {
        return within(session -> session.call(work));
    }

    @Override
    public <T> Stream<T> stream(Function<StatementExecutor, Stream<T>> work) {
        DefaultSession bound = bound();
        if (bound != null) {
            return bound.stream(work);
        }
        DefaultSession session = open(true);
        try {
            return session.stream(work).onClose(session::close);
        } catch (RuntimeException | Error ex) {
            session.close();
            throw ex;
        }
    }

    @Override
    public <R> R read(Function<StatementExecutor, R> work) {
        DefaultSession bound = bound();
        if (bound != null) {
            return bound.call(work);
        }
        try (DefaultSession session = open(true)) {
            return session.call(work);
        }
    }

    @Override
    public void checkWritable(String operation) {
        if (SessionSynchronization.readOnlyTransaction()) {
            throw new InvalidDataAccessApiUsageException(
                    "Session."
                            + operation
                            + "(...) writes, but the current transaction is read-only; remove"
                            + " readOnly = true from its @Transactional, or write in another"
                            + " transaction");
        }
    }

    /** Runs work on the session of the current transaction, or else in its own unit of work. */
    private <R extends @Nullable Object> R within(Function<DefaultSession, R> work) {
        DefaultSession bound = bound();
        if (bound != null) {
            return work.apply(bound);
        }
        try (DefaultSession session = open(false)) {
            R result = work.apply(session);
            session.commit();
            return result;
        }
    }

    private void write(String operation, Consumer<Session> work) {
        checkWritable(operation);
        this.<@Nullable Void>within(
                session -> {
                    work.accept(session);
                    return null;
                });
    }

    private @Nullable DefaultSession bound() {
        return SessionSynchronization.transactionalSession(this.engine);
    }

    /** A unit of work of its own; one that only reads may run on a read replica. */
    private DefaultSession open(boolean readOnly) {
        return new DefaultSession(this.engine, readOnly);
    }

    // ---- Session -----------------------------------------------------------------------------

    @Override
    public <T extends Table> SelectQuery<T> select(Class<T> table) {
        return new DefaultSelectQuery<>(this, mapping(table), null);
    }

    @Override
    public <T extends Table> SelectQuery<T> select(AliasedTable<T> table) {
        Objects.requireNonNull(table, "table must not be null");
        return new DefaultSelectQuery<>(
                this, mapping(table.table().tableClass()), table.aliasName());
    }

    @Override
    public TupleQuery.From select(Expression<?>... selection) {
        return new DefaultTupleQuery.Start(this, selection);
    }

    @Override
    public <T extends Table> UpdateQuery<T> update(Class<T> table) {
        checkWritable("update");
        return new DefaultUpdateQuery<>(this, mapping(table));
    }

    @Override
    public <T extends Table> DeleteQuery<T> delete(Class<T> table) {
        checkWritable("delete");
        return new DefaultDeleteQuery<>(this, mapping(table));
    }

    private <T extends Table> dev.qlio.orm.internal.engine.TableMapping<T> mapping(Class<T> table) {
        return this.engine.mapping(Objects.requireNonNull(table, "table class must not be null"));
    }

    @Override
    public void add(Table row) {
        write("add", session -> session.add(row));
    }

    @Override
    public void addAll(Collection<? extends Table> rows) {
        write("addAll", session -> session.addAll(rows));
    }

    @Override
    public void merge(Table row) {
        write("merge", session -> session.merge(row));
    }

    @Override
    public void remove(Table row) {
        write("remove", session -> session.remove(row));
    }

    @Override
    public void load(Collection<? extends Table> rows, LoadPath path) {
        RelationshipLoads.attach(this, rows, path);
    }

    @Override
    public List<Map<String, Object>> fetch(String sql) {
        return within(session -> session.fetch(sql));
    }

    @Override
    public List<Map<String, Object>> fetch(String sql, Map<String, ?> params) {
        return within(session -> session.fetch(sql, params));
    }

    @Override
    public <R> List<R> fetch(String sql, Map<String, ?> params, RowMapper<R> mapper) {
        return within(session -> session.fetch(sql, params, mapper));
    }

    @Override
    public long execute(String sql, Map<String, ?> params) {
        return within(session -> session.execute(sql, params));
    }

    /**
     * Sets a savepoint in the current Spring transaction.
     *
     * @return the savepoint
     * @throws IllegalStateException outside a transaction, where a savepoint would outlive nothing
     */
    @Override
    public Savepoint savepoint() {
        Session session = bound();
        if (session == null) {
            throw new IllegalStateException(
                    "Session.savepoint() needs a Spring-managed transaction: call it inside a"
                            + " @Transactional method, or use Propagation.NESTED to get a"
                            + " savepoint from Spring");
        }
        return session.savepoint();
    }

    @Override
    public void commit() {
        throw transactionsBelongToSpring("commit");
    }

    @Override
    public void rollback() {
        throw transactionsBelongToSpring("rollback");
    }

    /** Does nothing: the sessions behind this one are closed by their transaction or call. */
    @Override
    public void close() {}

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
        return "TransactionAwareSession[" + this.engine + "]";
    }
}
