package dev.qlio.orm.internal;

import dev.qlio.orm.dialect.Dialect;
import dev.qlio.orm.query.DeleteQuery;
import dev.qlio.orm.query.SelectQuery;
import dev.qlio.orm.query.UpdateQuery;
import dev.qlio.orm.schema.AliasedTable;
import dev.qlio.orm.schema.Table;
import dev.qlio.orm.schema.internal.Rows;
import dev.qlio.orm.session.Savepoint;
import dev.qlio.orm.session.Session;
import io.micrometer.observation.Observation;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The session: one connection, one unit of work, on one thread. The connection is taken when the
 * session opens; inside a Spring-managed transaction it is that transaction's connection.
 */
final class DefaultSession implements Session {

    private static final Rows.Accessor ROWS = Rows.access();

    private static final RowMapper<Map<String, Object>> COLUMN_MAP = new ColumnMapRowMapper();

    final Engine engine;

    final Dialect dialect;

    /** Releases sessions that become unreachable unclosed (see {@link LeakDetection}). */
    private static final Cleaner CLEANER = Cleaner.create();

    private final Connection connection;

    private final boolean joined;

    /** Whether the connection came with auto-commit on, to restore it on close. */
    private boolean restoreAutoCommit;

    /**
     * Whether the session's own transaction has begun (auto-commit off). It begins with the first
     * statement that may write, so a session that only reads costs no transaction round trips.
     */
    private boolean inTransaction;

    /** Whether statements ran in the own transaction since it last ended. */
    private boolean pending;

    private final Resources resources;

    private final Cleaner.@Nullable Cleanable cleanable;

    /**
     * Whether reads too begin the own transaction: above READ COMMITTED a read outside it would not
     * belong to the transaction's snapshot (a SERIALIZABLE read-modify-write would lose its
     * isolation), so there the transaction begins with the first statement of any kind.
     */
    private boolean readsBeginTransaction;

    private boolean closed;

    private @Nullable List<AutoCloseable> openCursors;

    DefaultSession(Engine engine) {
        this.engine = engine;
        this.dialect = engine.dialect();
        DataSource dataSource = engine.dataSource();
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            this.joined = DataSourceUtils.isConnectionTransactional(c, dataSource);
            if (!this.joined) {
                this.restoreAutoCommit = c.getAutoCommit();
                this.inTransaction = !this.restoreAutoCommit;
                this.readsBeginTransaction = !this.inTransaction && !engine.readsMayPrecede(c);
            }
        } catch (SQLException ex) {
            DataSourceUtils.releaseConnection(c, dataSource);
            throw engine.translate("Qlio open session", null, ex);
        }
        this.connection = c;
        LeakDetection.Origin origin = LeakDetection.origin();
        this.resources =
                new Resources(engine, c, dataSource, this.joined, this.restoreAutoCommit, origin);
        // the cleaner's action must not reach this session, or it would never become unreachable
        this.cleanable = origin != null ? CLEANER.register(this, this.resources) : null;
        engine.sessionOpened();
    }

    // ---- execution ---------------------------------------------------------------------------

    /** Work on the session's connection that may throw {@link SQLException}. */
    @FunctionalInterface
    interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    Connection connection() {
        if (this.closed) {
            throw new IllegalStateException(
                    "Session is closed: open a new one with Database.session()");
        }
        return this.connection;
    }

    /** Runs one JDBC execution, observed, with errors translated. */
    <R> R run(String operation, String table, String sql, Work<R> work) {
        Connection c = connection();
        if (this.readsBeginTransaction || !"select".equals(operation)) {
            beginTransaction();
        }
        this.pending |= this.inTransaction;
        Instrumentation instrumentation = this.engine.instrumentation();
        Observation observation = instrumentation.start(operation, table, sql);
        try {
            R result = work.run(c);
            countRows(operation, result);
            instrumentation.success(observation);
            return result;
        } catch (SQLException ex) {
            DataAccessException translated =
                    this.engine.translate("Qlio " + operation + " on " + table, sql, ex);
            instrumentation.error(observation, translated);
            throw translated;
        } catch (RuntimeException | Error ex) {
            instrumentation.error(observation, ex);
            throw ex;
        } finally {
            // a session nobody else references must not be cleaned while its statement runs
            Reference.reachabilityFence(this);
        }
    }

    /** Feeds {@code qlio.orm.rows} from what an execution returned. */
    private void countRows(String operation, @Nullable Object result) {
        Instrumentation instrumentation = this.engine.instrumentation();
        if (result instanceof List<?> rows) {
            instrumentation.rowsRead(rows.size());
        } else if (result instanceof Number n && !"select".equals(operation)) {
            instrumentation.rowsWritten(n.longValue());
        } else if (result instanceof int[] counts) {
            long sum = 0;
            for (int count : counts) {
                sum += Math.max(count, 0);
            }
            instrumentation.rowsWritten(sum);
        }
    }

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

    void registerCursor(AutoCloseable cursor) {
        List<AutoCloseable> cursors = this.openCursors;
        if (cursors == null) {
            cursors = new ArrayList<>(2);
            this.openCursors = cursors;
        }
        cursors.add(cursor);
    }

    void unregisterCursor(AutoCloseable cursor) {
        if (this.openCursors != null) {
            this.openCursors.remove(cursor);
        }
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
            write(m, row);
            return;
        }
        // rows reached through relationships are written once per add, whatever the cycles
        java.util.Set<Table> visited = this.cascading;
        boolean outermost = visited == null;
        if (visited == null) {
            visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            this.cascading = visited;
        }
        try {
            if (visited.add(row)) {
                new Cascade(this).add(m, row, relationships);
            }
        } finally {
            if (outermost) {
                this.cascading = null;
            }
        }
    }

    private java.util.@Nullable Set<Table> cascading;

    /** Inserts a new row or updates a loaded one, without looking at its relationships. */
    void write(TableMapping<Table> m, Table row) {
        if (ROWS.isPersisted(row)) {
            update(m, row);
        } else {
            insert(m, row);
        }
    }

    private void insert(TableMapping<Table> m, Table row) {
        long mask = m.prepareInsert(row);
        String sql = m.insertSql(mask);
        String[] keys = m.generatedKeys(mask);
        run(
                "insert",
                m.meta.name(),
                sql,
                c -> {
                    try (PreparedStatement ps = prepareInsert(c, sql, keys)) {
                        m.bindInsert(ps, row, mask);
                        int inserted = ps.executeUpdate();
                        if (keys != null) {
                            readKeys(ps, m, List.of(row), mask);
                        }
                        return inserted;
                    }
                });
        m.afterInsert(row);
    }

    private PreparedStatement prepareInsert(Connection c, String sql, String @Nullable [] keys)
            throws SQLException {
        return keys != null
                ? this.dialect.prepareInsertReturningKeys(c, sql, keys)
                : c.prepareStatement(sql);
    }

    private static void readKeys(
            PreparedStatement ps, TableMapping<Table> m, List<Table> rows, long mask)
            throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            for (Table row : rows) {
                if (!rs.next()) {
                    throw new IllegalStateException(
                            "The driver returned fewer generated keys than rows inserted into "
                                    + m.meta.name());
                }
                m.readGeneratedKeys(rs, row, mask);
            }
        }
    }

    private void update(TableMapping<Table> m, Table row) {
        long mask = m.changedMask(row);
        if (mask == 0) {
            return;
        }
        int count = updateByKey(m, row, mask);
        if (count != 1) {
            throw noRow(m, row, "update", count);
        }
        m.afterUpdate(row);
    }

    /** Runs the update by key of the columns in {@code mask}; returns the row count. */
    private int updateByKey(TableMapping<Table> m, Table row, long mask) {
        String sql = m.updateSql(mask);
        return run(
                "update",
                m.meta.name(),
                sql,
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        m.bindUpdate(ps, row, mask);
                        return ps.executeUpdate();
                    }
                });
    }

    private static DataAccessException noRow(
            TableMapping<Table> m, Table row, String operation, int count) {
        if (m.versionIndex >= 0) {
            return new OptimisticLockingFailureException(
                    "Optimistic lock: the "
                            + operation
                            + " of the row of table "
                            + m.meta.name()
                            + " with key "
                            + m.describeKey(row)
                            + " at version "
                            + m.currentVersion(row)
                            + " matched no row: another transaction changed or deleted it; reload it and retry");
        }
        return new IncorrectUpdateSemanticsDataAccessException(
                "The "
                        + operation
                        + " of the row of table "
                        + m.meta.name()
                        + " with key "
                        + m.describeKey(row)
                        + " matched "
                        + count
                        + " rows instead of 1: it was deleted or its key changed behind this session");
    }

    @Override
    public void addAll(Collection<? extends Table> rows) {
        Objects.requireNonNull(rows, "rows must not be null");
        // one batch per table (in first-appearance order, so parents added first go first)
        Map<TableMapping<Table>, List<Table>> byTable = new LinkedHashMap<>();
        for (Table row : rows) {
            byTable.computeIfAbsent(mappingOf(row), k -> new ArrayList<>()).add(row);
        }
        for (Map.Entry<TableMapping<Table>, List<Table>> e : byTable.entrySet()) {
            TableMapping<Table> m = e.getKey();
            Map<Long, List<Table>> inserts = new LinkedHashMap<>();
            Map<Long, List<Table>> updates = new LinkedHashMap<>();
            for (Table row : e.getValue()) {
                if (ROWS.isPersisted(row)) {
                    long mask = m.changedMask(row);
                    if (mask != 0) {
                        updates.computeIfAbsent(mask, k -> new ArrayList<>()).add(row);
                    }
                } else {
                    inserts.computeIfAbsent(m.prepareInsert(row), k -> new ArrayList<>()).add(row);
                }
            }
            inserts.forEach((mask, group) -> batchInsert(m, mask, group));
            updates.forEach((mask, group) -> batchUpdate(m, mask, group));
        }
    }

    private void batchInsert(TableMapping<Table> m, long mask, List<Table> rows) {
        String sql = m.insertSql(mask);
        String[] keys = m.generatedKeys(mask);
        if (keys != null && !this.dialect.supportsBatchGeneratedKeys()) {
            for (Table row : rows) {
                insert(m, row);
            }
            return;
        }
        int batchSize = this.engine.batchSize();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Table> chunk = rows.subList(from, Math.min(rows.size(), from + batchSize));
            run(
                    "insert",
                    m.meta.name(),
                    sql,
                    c -> {
                        try (PreparedStatement ps = prepareInsert(c, sql, keys)) {
                            for (Table row : chunk) {
                                m.bindInsert(ps, row, mask);
                                ps.addBatch();
                            }
                            ps.executeBatch();
                            if (keys != null) {
                                readKeys(ps, m, chunk, mask);
                            }
                            // drivers may report SUCCESS_NO_INFO per row; every row was inserted
                            return chunk.size();
                        }
                    });
            for (Table row : chunk) {
                m.afterInsert(row);
            }
        }
    }

    private void batchUpdate(TableMapping<Table> m, long mask, List<Table> rows) {
        if (m.versionIndex >= 0 && !this.dialect.batchReportsRowCounts()) {
            // a versioned write must see its row count: run one statement per row
            for (Table row : rows) {
                update(m, row);
            }
            return;
        }
        String sql = m.updateSql(mask);
        int batchSize = this.engine.batchSize();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<Table> chunk = rows.subList(from, Math.min(rows.size(), from + batchSize));
            int[] counts =
                    run(
                            "update",
                            m.meta.name(),
                            sql,
                            c -> {
                                try (PreparedStatement ps = c.prepareStatement(sql)) {
                                    for (Table row : chunk) {
                                        m.bindUpdate(ps, row, mask);
                                        ps.addBatch();
                                    }
                                    return ps.executeBatch();
                                }
                            });
            for (int i = 0; i < chunk.size(); i++) {
                int count = i < counts.length ? counts[i] : Statement.SUCCESS_NO_INFO;
                if (count == Statement.SUCCESS_NO_INFO && m.versionIndex >= 0) {
                    throw new IllegalStateException(
                            "The driver reported no row count for a versioned batch update of "
                                    + m.meta.name()
                                    + "; the optimistic lock cannot be verified");
                }
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    throw noRow(m, chunk.get(i), "update", count);
                }
            }
            for (Table row : chunk) {
                m.afterUpdate(row);
            }
        }
    }

    @Override
    public void merge(Table row) {
        TableMapping<Table> m = mappingOf(row);
        for (int k : m.keyIndexes) {
            if (!ROWS.hasValue(row, k) || ROWS.value(row, k) == null) {
                throw new IllegalArgumentException(
                        "merge needs every primary-key column set; row of table "
                                + m.meta.name()
                                + " has no value for "
                                + m.columns[k].name()
                                + " (use add() for new rows"
                                + " with generated keys)");
            }
        }
        if (m.versionIndex >= 0) {
            // a versioned row is updated with its version checked, or inserted when it has none
            if (ROWS.hasValue(row, m.versionIndex) && ROWS.value(row, m.versionIndex) != null) {
                forceUpdate(m, row);
            } else {
                insert(m, row);
            }
            return;
        }
        long mask = m.prepareInsert(row);
        String sql = m.upsertSql(mask);
        if (sql == null) {
            forceUpdateOrInsert(m, row, mask);
            return;
        }
        run(
                "upsert",
                m.meta.name(),
                sql,
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        m.bindInsert(ps, row, mask);
                        return ps.executeUpdate();
                    }
                });
        ROWS.markPersisted(row);
    }

    /** Updates every column the row has a value for, by key. */
    private void forceUpdate(TableMapping<Table> m, Table row) {
        long mask = m.prepareInsert(row) & ~(m.versionIndex >= 0 ? 1L << m.versionIndex : 0L);
        int count = updateByKey(m, row, mask);
        if (count != 1) {
            throw noRow(m, row, "merge", count);
        }
        m.afterUpdate(row);
    }

    private void forceUpdateOrInsert(TableMapping<Table> m, Table row, long mask) {
        int count = updateByKey(m, row, mask);
        if (count == 0) {
            insert(m, row);
        } else {
            ROWS.markPersisted(row);
        }
    }

    @Override
    public void remove(Table row) {
        TableMapping<Table> m = mappingOf(row);
        String sql = m.deleteByKeySql;
        int count =
                run(
                        "delete",
                        m.meta.name(),
                        sql,
                        c -> {
                            try (PreparedStatement ps = c.prepareStatement(sql)) {
                                m.bindKey(ps, 1, row, true);
                                return ps.executeUpdate();
                            }
                        });
        if (count != 1) {
            throw noRow(m, row, "delete", count);
        }
        ROWS.markNew(row);
    }

    // ---- raw SQL -----------------------------------------------------------------------------

    @Override
    public List<Map<String, Object>> fetch(String sql) {
        Objects.requireNonNull(sql, "sql must not be null");
        return run(
                "raw",
                "none",
                sql,
                c -> {
                    try (Statement st = c.createStatement()) {
                        if (!st.execute(sql)) {
                            return List.of();
                        }
                        try (ResultSet rs = st.getResultSet()) {
                            return mapAll(rs, COLUMN_MAP);
                        }
                    }
                });
    }

    @Override
    public List<Map<String, Object>> fetch(String sql, Map<String, ?> params) {
        return fetch(sql, params, COLUMN_MAP);
    }

    @Override
    public <R> List<R> fetch(String sql, Map<String, ?> params, RowMapper<R> mapper) {
        Objects.requireNonNull(mapper, "mapper must not be null");
        Prepared prepared = prepare(sql, params);
        return run(
                "raw",
                "none",
                prepared.sql,
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(prepared.sql)) {
                        prepared.bind(ps);
                        try (ResultSet rs = ps.executeQuery()) {
                            return mapAll(rs, mapper);
                        }
                    }
                });
    }

    @Override
    public long execute(String sql, Map<String, ?> params) {
        Prepared prepared = prepare(sql, params);
        return run(
                "raw",
                "none",
                prepared.sql,
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(prepared.sql)) {
                        prepared.bind(ps);
                        return ps.executeLargeUpdate();
                    }
                });
    }

    private static <R> List<R> mapAll(ResultSet rs, RowMapper<R> mapper) throws SQLException {
        List<R> result = new ArrayList<>();
        int n = 0;
        while (rs.next()) {
            result.add(Objects.requireNonNull(mapper.mapRow(rs, n++), "RowMapper returned null"));
        }
        return result;
    }

    /** SQL with {@code :named} parameters turned into positional ones (Spring JDBC's parser). */
    private Prepared prepare(String sql, Map<String, ?> params) {
        Objects.requireNonNull(sql, "sql must not be null");
        Objects.requireNonNull(params, "params must not be null");
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        MapSqlParameterSource source = new MapSqlParameterSource(params);
        String jdbcSql = NamedParameterUtils.substituteNamedParameters(parsed, source);
        Object[] args = NamedParameterUtils.buildValueArray(parsed, source, null);
        List<@Nullable Object> flat = new ArrayList<>(args.length);
        for (Object arg : args) {
            if (arg instanceof Iterable<?> it) {
                for (Object element : it) {
                    flat.add(element);
                }
            } else {
                flat.add(arg);
            }
        }
        if (this.dialect.checksValues()) {
            for (Object v : flat) {
                if (v instanceof String s) {
                    this.dialect.checkValue(
                            "a raw SQL parameter", dev.qlio.orm.schema.types.SqlType.Kind.TEXT, s);
                }
            }
        }
        return new Prepared(jdbcSql, flat);
    }

    private record Prepared(String sql, List<@Nullable Object> args) {
        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < this.args.size(); i++) {
                StatementCreatorUtils.setParameterValue(
                        ps, i + 1, SqlTypeValue.TYPE_UNKNOWN, this.args.get(i));
            }
        }
    }

    // ---- transaction -------------------------------------------------------------------------

    /**
     * Begins the session's own transaction if it has not begun: before anything that may write (and
     * before a PostgreSQL cursor, which needs one). Reads before it run in auto-commit mode.
     */
    void beginTransaction() {
        if (!this.joined && !this.inTransaction) {
            try {
                connection().setAutoCommit(false);
            } catch (SQLException ex) {
                throw this.engine.translate("Qlio begin transaction", null, ex);
            }
            this.inTransaction = true;
        }
        this.pending |= this.inTransaction;
    }

    @Override
    public Savepoint savepoint() {
        Connection c = connection();
        beginTransaction();
        java.sql.Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (SQLException ex) {
            throw this.engine.translate("Qlio savepoint", null, ex);
        }
        return new Savepoint() {
            @Override
            public void rollback() {
                try {
                    connection().rollback(savepoint);
                } catch (SQLException ex) {
                    throw DefaultSession.this.engine.translate(
                            "Qlio rollback to savepoint", null, ex);
                }
            }

            @Override
            public void release() {
                try {
                    connection().releaseSavepoint(savepoint);
                } catch (SQLException ex) {
                    throw DefaultSession.this.engine.translate("Qlio release savepoint", null, ex);
                }
            }
        };
    }

    @Override
    public void commit() {
        checkOwnTransaction("commit");
        if (!this.inTransaction) {
            return; // only reads ran, each committed on its own
        }
        try {
            this.pending = false;
            connection().commit();
        } catch (SQLException ex) {
            throw this.engine.translate("Qlio commit", null, ex);
        }
    }

    @Override
    public void rollback() {
        checkOwnTransaction("rollback");
        if (!this.inTransaction) {
            return;
        }
        try {
            this.pending = false;
            connection().rollback();
        } catch (SQLException ex) {
            throw this.engine.translate("Qlio rollback", null, ex);
        }
    }

    private void checkOwnTransaction(String verb) {
        connection();
        if (this.joined) {
            throw new IllegalStateException(
                    "Cannot "
                            + verb
                            + ": this session takes part in a Spring-managed"
                            + " transaction, which commits or rolls back as a whole (use @Transactional or a"
                            + " TransactionTemplate)");
        }
    }

    @Override
    public void close() {
        if (this.closed) {
            return;
        }
        List<AutoCloseable> cursors = this.openCursors;
        if (cursors != null && !cursors.isEmpty()) {
            if (this.resources.origin != null && LeakDetection.logger.isWarnEnabled()) {
                LeakDetection.logger.warn(
                        "Closing "
                                + cursors.size()
                                + " stream(s) left open by a Qlio session opened on thread '"
                                + this.resources.origin.thread()
                                + "': close each stream() with try-with-resources",
                        this.resources.origin.stack());
            }
            for (AutoCloseable cursor : List.copyOf(cursors)) {
                try {
                    cursor.close();
                } catch (Exception ex) {
                    // closing is best effort; the connection is released below
                }
            }
        }
        this.closed = true;
        try {
            if (!this.joined && this.inTransaction) {
                try {
                    if (this.pending) {
                        this.connection.rollback();
                    }
                } finally {
                    if (this.restoreAutoCommit) {
                        this.connection.setAutoCommit(true);
                    }
                }
            }
        } catch (SQLException ex) {
            // a broken connection: the pool validates it before reuse
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

    /**
     * What a session must give back: run once, by {@link #close()} or, for a session that became
     * unreachable unclosed, by the {@link Cleaner} (then on the cleaner's thread, with a warning).
     */
    private static final class Resources implements Runnable {

        private final Engine engine;

        private final Connection connection;

        private final DataSource dataSource;

        private final boolean joined;

        private final boolean restoreAutoCommit;

        final LeakDetection.@Nullable Origin origin;

        boolean closedByOwner;

        Resources(
                Engine engine,
                Connection connection,
                DataSource dataSource,
                boolean joined,
                boolean restoreAutoCommit,
                LeakDetection.@Nullable Origin origin) {
            this.engine = engine;
            this.connection = connection;
            this.dataSource = dataSource;
            this.joined = joined;
            this.restoreAutoCommit = restoreAutoCommit;
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

    boolean readsBeginTransaction() {
        return this.readsBeginTransaction;
    }
}
