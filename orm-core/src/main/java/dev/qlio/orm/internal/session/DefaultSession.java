package dev.qlio.orm.internal.session;

import dev.qlio.orm.expression.Expression;
import dev.qlio.orm.internal.engine.Engine;
import dev.qlio.orm.internal.engine.TableMapping;
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
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.session.Savepoint;
import dev.qlio.orm.session.Session;
import java.lang.ref.Cleaner;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;

/**
 * The session: one connection, one unit of work, on one thread. The connection is taken when the
 * session opens; inside a Spring-managed transaction it is that transaction's connection. Its
 * {@link TransactionStrategy} decides when a transaction begins and who ends it; every statement
 * runs through its {@link StatementExecutor}.
 */
public final class DefaultSession implements Session, QueryTarget {

    private static final Rows.Accessor ROWS = Rows.access();

    /** Releases sessions that become unreachable unclosed (see {@link LeakDetection}). */
    private static final Cleaner CLEANER = Cleaner.create();

    final Engine engine;

    private final TransactionStrategy transaction;

    private final StatementExecutor executor;

    private final RowWriter writer;

    private final SessionResources resources;

    /** The rows written and the failures of the current unit of work. */
    private final UnitOfWork unitOfWork;

    private final Cleaner.@Nullable Cleanable cleanable;

    private final SessionConnection source;

    private final Cascade cascade = new Cascade(this);

    /**
     * Opens a session: takes a connection, joining the Spring transaction bound to it if any.
     *
     * @param engine the engine of the database
     */
    public DefaultSession(Engine engine) {
        this(engine, false);
    }

    /**
     * Opens a session that may only read, or may write.
     *
     * @param engine the engine of the database
     * @param readOnly whether it only reads: outside a transaction its connection is then marked
     *     read-only before first use (a read replica's cue, see {@code TransactionStrategy})
     */
    DefaultSession(Engine engine, boolean readOnly) {
        this.engine = engine;
        this.transaction = TransactionStrategy.open(engine, readOnly);
        this.unitOfWork = new UnitOfWork(this.transaction.joined());
        LeakDetection.Origin origin = LeakDetection.origin();
        this.source =
                new SessionConnection(this, engine, this.transaction, this.unitOfWork, origin);
        this.executor = engine.executor(this.source);
        this.writer =
                new RowWriter(
                        this.executor,
                        engine.dialect().statements(),
                        engine.batchSize(),
                        this.unitOfWork);
        this.resources = new SessionResources(engine, this.transaction, origin);
        // the cleaner's action must not reach this session, or it would never become unreachable
        this.cleanable = origin != null ? CLEANER.register(this, this.resources) : null;
        engine.sessionOpened();
    }

    // ---- where statements run ----------------------------------------------------------------

    private Connection connection() {
        return this.source.connection();
    }

    /** The current unit of work, which journals rows before a write changes them. */
    UnitOfWork unitOfWork() {
        return this.unitOfWork;
    }

    @Override
    public Engine engine() {
        return this.engine;
    }

    @Override
    public <R> R call(Function<StatementExecutor, R> work) {
        connection();
        return work.apply(this.executor);
    }

    @Override
    public <T> Stream<T> stream(Function<StatementExecutor, Stream<T>> work) {
        connection();
        return work.apply(this.executor);
    }

    @Override
    public void checkWritable(String operation) {}

    <T extends Table> TableMapping<T> mapping(Class<T> tableClass) {
        connection();
        return this.engine.mapping(
                Objects.requireNonNull(tableClass, "table class must not be null"));
    }

    @SuppressWarnings("unchecked")
    TableMapping<Table> mappingOf(Table row) {
        Objects.requireNonNull(row, "row must not be null");
        return (TableMapping<Table>) mapping(row.getClass());
    }

    // ---- queries -----------------------------------------------------------------------------

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
        return new DefaultUpdateQuery<>(this, mapping(table));
    }

    @Override
    public <T extends Table> DeleteQuery<T> delete(Class<T> table) {
        return new DefaultDeleteQuery<>(this, mapping(table));
    }

    // ---- row writes --------------------------------------------------------------------------

    @Override
    public void add(Table row) {
        TableMapping<Table> m = mappingOf(row);
        Map<String, Object> relationships = ROWS.relationships(row);
        if (relationships == null || relationships.isEmpty()) {
            this.writer.write(m, row);
        } else {
            this.cascade.add(m, row, relationships);
        }
    }

    /** Inserts a new row or updates a loaded one, without looking at its relationships. */
    void write(TableMapping<Table> m, Table row) {
        this.writer.write(m, row);
    }

    @Override
    public void addAll(Collection<? extends Table> rows) {
        Objects.requireNonNull(rows, "rows must not be null");
        // one batch per table (in first-appearance order, so parents added first go first)
        Map<TableMapping<Table>, List<Table>> byTable = new LinkedHashMap<>();
        for (Table row : rows) {
            byTable.computeIfAbsent(mappingOf(row), k -> new ArrayList<>()).add(row);
        }
        byTable.forEach(this.writer::addAll);
    }

    @Override
    public void merge(Table row) {
        this.writer.merge(mappingOf(row), row);
    }

    @Override
    public void remove(Table row) {
        TableMapping<Table> m = mappingOf(row);
        RemovalCascade.before(this.engine, this.executor, m, row);
        this.writer.remove(m, row);
    }

    @Override
    public void load(Collection<? extends Table> rows, LoadPath path) {
        RelationshipLoads.attach(this, rows, path);
    }

    // ---- raw SQL -----------------------------------------------------------------------------

    private RawSql raw() {
        connection();
        return new RawSql(this.executor, this.engine);
    }

    @Override
    public List<Map<String, Object>> fetch(String sql) {
        return raw().fetch(sql);
    }

    @Override
    public List<Map<String, Object>> fetch(String sql, Map<String, ?> params) {
        return raw().fetch(sql, params);
    }

    @Override
    public <R> List<R> fetch(String sql, Map<String, ?> params, RowMapper<R> mapper) {
        return raw().fetch(sql, params, mapper);
    }

    @Override
    public long execute(String sql, Map<String, ?> params) {
        return raw().execute(sql, params);
    }

    // ---- transaction -------------------------------------------------------------------------

    @Override
    public Savepoint savepoint() {
        if (!this.engine.dialect().statements().supportsSavepoints()) {
            throw new InvalidDataAccessApiUsageException(
                    "The "
                            + this.engine.dialect().name()
                            + " database has no savepoints, so Session.savepoint() and"
                            + " Propagation.NESTED cannot work on it: run the whole transaction"
                            + " again on failure instead (TransactionRetry), or move the part that"
                            + " may fail into a transaction of its own (REQUIRES_NEW)");
        }
        Connection c = connection();
        this.transaction.begin();
        return SessionSavepoint.set(c, this.engine, this::connection, this.unitOfWork);
    }

    /**
     * Commits, unless a statement of the unit of work failed: then it rolls back and throws. The
     * rows' write state becomes final here; if the commit itself fails they are put back.
     */
    @Override
    public void commit() {
        this.source.endTransaction(
                "commit()", () -> Outcome.commit(this.transaction, this.unitOfWork));
    }

    /** Rolls back and puts every row the unit of work wrote back as it was before. */
    @Override
    public void rollback() {
        this.source.endTransaction(
                "rollback()", () -> Outcome.rollback(this.transaction, this.unitOfWork));
    }

    @Override
    public void close() {
        if (!this.source.close()) {
            return;
        }
        try {
            Outcome.end(this.transaction, this.unitOfWork);
        } finally {
            Cleaner.Cleanable c = this.cleanable;
            if (c != null) {
                this.resources.closedByOwner = true;
                c.clean();
            } else {
                this.resources.release();
            }
        }
    }
}
